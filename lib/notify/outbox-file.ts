import "server-only";
import { appendFile } from "node:fs/promises";

/**
 * The log providers' record for another process to read: with NOTIFY_LOG_FILE set (the end-to-end
 * tests set it), every logged SMS or e-mail is appended as one JSON line, body included, so that a
 * browser test can read a one-time code. Never set it where real people receive messages.
 */
export async function appendToOutboxFile(entry: { channel: "sms" | "email"; to: string; subject?: string; text: string }): Promise<void> {
  const file = process.env.NOTIFY_LOG_FILE;
  if (file) await appendFile(file, `${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`);
}

/** Development shows a logged message's text on the console, so a developer can use its code. */
export const showBodies = () => process.env.NODE_ENV === "development";
