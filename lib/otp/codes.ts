import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { findCode } from "./data";
import { markConsumed, saveCode, spendAttempt } from "./mutations";
import { destinationKey, OTP_RULES, type ConsumeResult, type OtpDestination, type OtpPurpose } from "./schema";

/**
 * One-time codes: six digits, kept only as an HMAC keyed with AUTH_SECRET (a leaked table does
 * not give the codes away, and 10^6 guesses against it need the key), bound to purpose and
 * destination, live for ten minutes, five guesses, single use.
 */
function hashCode(purpose: OtpPurpose, destination: string, code: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`otp:${purpose}:${destination}:${code}`).digest("hex");
}

/**
 * Resend throttling per purpose and destination, to be called before deciding whether to send a
 * code at all, so that callers who send nothing (an address already registered) throttle alike.
 * Returns the seconds to wait, or null.
 */
export async function throttleCodeSend(purpose: OtpPurpose, destination: OtpDestination): Promise<number | null> {
  const key = createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`${purpose}:${destinationKey(destination)}`).digest("base64url");
  return (await hitRateLimit("otp-resend", key, 1, OTP_RULES.resendSeconds)) ?? (await hitRateLimit("otp-hour", key, OTP_RULES.perHour, 3600));
}

/** A fresh code for the destination (the previous one stops working). The caller delivers it. */
export async function issueCode(purpose: OtpPurpose, destination: OtpDestination): Promise<string> {
  const code = String(randomInt(0, 10 ** OTP_RULES.digits)).padStart(OTP_RULES.digits, "0");
  const key = destinationKey(destination);
  await saveCode(purpose, key, hashCode(purpose, key, code), new Date(Date.now() + OTP_RULES.ttlMinutes * 60_000));
  return code;
}

/** Spends the code if it is the destination's live one. Every guess counts against the limit. */
export async function consumeCode(purpose: OtpPurpose, destination: OtpDestination, code: string): Promise<ConsumeResult> {
  const key = destinationKey(destination);
  const row = await findCode(purpose, key);
  if (!row || row.consumedAt) return { ok: false, reason: "invalid" };
  if (row.expiresAt <= new Date() || row.attempts >= OTP_RULES.maxAttempts) return { ok: false, reason: "expired" };
  if (!(await spendAttempt(row.id, row.codeHash))) return { ok: false, reason: "expired" };
  const given = Buffer.from(hashCode(purpose, key, code));
  const stored = Buffer.from(row.codeHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return { ok: false, reason: "invalid" };
  return (await markConsumed(row.id, row.codeHash)) ? { ok: true } : { ok: false, reason: "invalid" };
}
