import "server-only";
import { smsProvider } from "@/lib/notify/sms";
import { formatTrackingCode } from "../tracking-code";

/** Texts the worker their reference and tracking code, so that losing the page does not lose the case. */
export async function notifySubmitted(phone: string, reference: string, code: string, locale: string): Promise<void> {
  const shown = formatTrackingCode(code);
  const text =
    locale === "en"
      ? `[Nuanxin] Your case ${reference} is registered. Tracking code: ${shown}. Keep it private; use both to follow your case.`
      : `【暖新】您的诉求已登记，受理编号 ${reference}，查询码 ${shown}。请妥善保管，凭编号和查询码查询办理进度。`;
  try {
    await smsProvider().send({ to: phone, text });
  } catch (e) {
    // The case is filed and the worker has the code on screen; a failed text must not undo that.
    console.error("SMS after case submission failed", { reference, error: e instanceof Error ? e.message : e });
  }
}
