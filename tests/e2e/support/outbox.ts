import { readFileSync } from "node:fs";

type Sent = { channel: "sms" | "email"; to: string; subject?: string; text: string };

/** The messages the server's log providers recorded for `to` (NOTIFY_LOG_FILE, set by scripts/test.ts). */
export function sentTo(to: string): Sent[] {
  const file = process.env.NOTIFY_LOG_FILE;
  if (!file) throw new Error("NOTIFY_LOG_FILE is not set: run e2e tests through scripts/test.ts");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Sent)
    .filter((m) => m.to === to);
}

/** The six-digit code in the latest message to `to`. */
export function latestCode(to: string): string {
  const code = sentTo(to).at(-1)?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code was sent to ${to}`);
  return code;
}
