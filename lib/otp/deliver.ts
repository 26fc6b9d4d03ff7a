import "server-only";
import { sendEmail } from "@/lib/notify/email";
import { smsProvider } from "@/lib/notify/sms";
import type { OtpDestination } from "./schema";

/**
 * Sends a short message to a destination at once, by its own channel: codes cannot wait for the
 * notification queue, and belong to no account yet.
 */
export async function deliverMessage(to: OtpDestination, message: { subject: string; text: string }): Promise<void> {
  if (to.kind === "phone") await smsProvider().send({ to: to.value, text: message.text });
  else await sendEmail({ to: to.value, subject: message.subject, text: message.text });
}
