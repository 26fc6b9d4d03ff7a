import { formatTrackingCode } from "@/lib/cases/tracking-code";

/** The SMS texts of the worker's phone flows, in the worker's language. */
export function workerTexts(locale: string) {
  const en = locale === "en";
  return {
    recoveryCode: (code: string, minutes: number) =>
      en
        ? `[Nuanxin] Your verification code to recover tracking codes is ${code}, valid for ${minutes} minutes. Never share it.`
        : `【暖新】您正在找回查询码，验证码 ${code}，${minutes}分钟内有效。请勿告诉他人。`,
    signInCode: (code: string, minutes: number) =>
      en ? `[Nuanxin] Your sign-in code is ${code}, valid for ${minutes} minutes. Never share it.` : `【暖新】您的登录验证码 ${code}，${minutes}分钟内有效。请勿告诉他人。`,
    newCodes: (cases: { reference: string; code: string }[]) => {
      const list = cases.map((c) => `${c.reference} ${formatTrackingCode(c.code)}`).join(en ? "; " : "；");
      return en
        ? `[Nuanxin] New tracking codes: ${list}. The old codes no longer work.`
        : `【暖新】您的新查询码：${list}。原查询码已失效。`;
    },
  };
}
