import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { appendToOutboxFile, showBodies } from "./outbox-file";

/** `id` (the notification's) becomes the Message-ID, so a duplicate after a retry is recognisable. */
export type EmailMessage = { to: string; subject: string; text: string; id?: string };

const DEFAULT_FROM = "暖新 <noreply@nuanxin.local>";

let transport: Transporter | undefined;
const logged: { to: string; subject: string; text: string }[] = [];

/**
 * SMTP_URL (e.g. smtp://user:pass@host:587) sends for real. Without it (development, tests) the
 * message is only rendered, and the log shows the masked recipient and the subject; the body only
 * in development.
 */
function mailTransport(): Transporter {
  // nodemailer waits 2 minutes by default for a silent server; a job should fail fast and retry.
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  transport ??= process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL, timeouts) : nodemailer.createTransport({ jsonTransport: true });
  return transport;
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  await mailTransport().sendMail({ from: process.env.MAIL_FROM || DEFAULT_FROM, to: message.to, subject: message.subject, text: message.text, ...(message.id ? { messageId: `<${message.id}@nuanxin>` } : {}) });
  if (!process.env.SMTP_URL) {
    logged.push({ to: message.to, subject: message.subject, text: message.text });
    if (logged.length > 100) logged.shift();
    console.info(`[email] to ${maskEmail(message.to)}: ${message.subject}${showBodies() ? `\n${message.text}` : ""}`);
    await appendToOutboxFile({ channel: "email", to: message.to, subject: message.subject, text: message.text });
  }
}

/** For tests: what the log transport has rendered (the last 100). */
export function loggedEmails(): readonly { to: string; subject: string; text: string }[] {
  return logged;
}

export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  return at > 0 ? `${address[0]}***${address.slice(at)}` : "***";
}
