/** The words of the two sign-up messages, in the language the person signed up in. */
type Texts = { subject: string; code: (code: string, minutes: number) => string; registered: string };

const TEXTS: Record<"zh-CN" | "en", Texts> = {
  "zh-CN": {
    subject: "暖新商家注册",
    code: (code, minutes) => `【暖新】您的商家注册验证码是 ${code}，${minutes}分钟内有效。请勿告诉他人。`,
    registered: "【暖新】有人正在用此手机号或邮箱注册暖新商家账号，但它已经注册过。如果是您本人，请直接登录；如忘记密码，请联系工作人员。如果不是您，请忽略本消息。",
  },
  en: {
    subject: "Nuanxin merchant sign-up",
    code: (code, minutes) => `[Nuanxin] Your merchant sign-up code is ${code}. It is valid for ${minutes} minutes. Do not share it.`,
    registered: "[Nuanxin] Someone tried to sign up for a Nuanxin merchant account with this phone or e-mail, which is already registered. If it was you, sign in instead; if you forgot your password, contact staff. If not, ignore this message.",
  },
};

export function signUpTexts(locale: string): Texts {
  return locale === "en" ? TEXTS.en : TEXTS["zh-CN"];
}
