import "server-only";
import { smsProvider } from "@/lib/notify/sms";

/** Texts the worker their reference and secret, so that losing the page does not lose the case. */
export async function notifySubmitted(phone: string, reference: string, secret: string, locale: string): Promise<void> {
  const text =
    locale === "en"
      ? `[Nuanxin] Your case ${reference} is registered. Tracking code: ${secret}. Keep it private; use both to follow your case.`
      : `【暖新】您的诉求已登记，受理编号 ${reference}，查询码 ${secret}。请妥善保管，凭编号和查询码查询办理进度。`;
  try {
    await smsProvider().send({ to: phone, text });
  } catch (e) {
    // The case is filed and the worker has the secret on screen; a failed text must not undo that.
    console.error("SMS after case submission failed", { reference, error: e instanceof Error ? e.message : e });
  }
}
