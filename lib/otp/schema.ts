import { z } from "zod";

/** What a code proves; each purpose has its own codes, so one cannot be spent on another. */
export const OTP_PURPOSES = ["merchant_signup", "case_codes", "worker_sign_in"] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

export const OTP_RULES = {
  digits: 6,
  ttlMinutes: 10,
  /** Guesses per code, the right one included; then a new code must be requested. */
  maxAttempts: 5,
  /** A new code for the same destination at most this often… */
  resendSeconds: 60,
  /** …and at most this many per hour. */
  perHour: 5,
} as const;

/** Where a code goes: a mainland mobile or an e-mail address (lib/auth/schema.ts Identifier). */
export type OtpDestination = { kind: "phone" | "email"; value: string };

export const destinationKey = (d: OtpDestination) => `${d.kind}:${d.value}`;

/** Six digits, typed with or without spaces. Messages are keys of "otp.errors". */
export const codeSchema = z
  .string({ error: "code_required" })
  .transform((s) => s.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "code_format" }));

export type ConsumeResult = { ok: true } | { ok: false; reason: "invalid" | "expired" };
