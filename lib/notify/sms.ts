import "server-only";
import { appendToOutboxFile, showBodies } from "./outbox-file";

/** `id` is the notification's, so that a gateway can drop a message it has already sent. */
export type SmsMessage = { to: string; text: string; id?: string };

/** Where SMS go. Production plugs in a carrier gateway (e.g. Aliyun or Tencent Cloud SMS) here. */
export interface SmsProvider {
  send(message: SmsMessage): Promise<void>;
}

/**
 * Development and tests: the message is logged with the number masked, never sent. Only in
 * development does the log show the text (a developer needs sign-up codes).
 */
class LogSmsProvider implements SmsProvider {
  readonly sent: SmsMessage[] = [];
  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
    if (this.sent.length > 500) this.sent.shift();
    console.info(`[sms] to ${maskPhone(message.to)}: ${showBodies() ? message.text : `${message.text.length} characters`}`);
    await appendToOutboxFile({ channel: "sms", to: message.to, text: message.text });
  }
}

/**
 * An SMS relay over HTTP (SMS_HTTP_URL): POST {to, text} with an Idempotency-Key header. Anything
 * but 2xx throws, so the send_notification job retries with back-off. Carriers' own APIs
 * (Aliyun, Tencent Cloud) each sign requests differently; a relay keeps those keys off the portal.
 */
class HttpSmsProvider implements SmsProvider {
  constructor(private readonly url: string) {}
  async send(message: SmsMessage): Promise<void> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(message.id ? { "idempotency-key": message.id } : {}) },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered HTTP ${res.status}`);
  }
}

let provider: SmsProvider | undefined;

export function smsProvider(): SmsProvider {
  if (!provider) {
    const kind = process.env.SMS_PROVIDER ?? "log";
    if (kind === "http" && process.env.SMS_HTTP_URL) return (provider = new HttpSmsProvider(process.env.SMS_HTTP_URL));
    if (kind !== "log") throw new Error(`SMS_PROVIDER=${kind} is not configured in this build; use "log", "http" with SMS_HTTP_URL, or add a provider in lib/notify/sms.ts`);
    provider = new LogSmsProvider();
  }
  return provider;
}

/** For tests: what the log provider has recorded. */
export function loggedSms(): SmsMessage[] {
  const p = smsProvider();
  return p instanceof LogSmsProvider ? p.sent : [];
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}
