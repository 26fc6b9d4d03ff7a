import "server-only";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { consumeCode, issueCode, throttleCodeSend } from "@/lib/otp/codes";
import { deliverMessage } from "@/lib/otp/deliver";
import { OTP_RULES, type OtpPurpose } from "@/lib/otp/schema";
import { upsertWorkerAccount } from "./mutations";
import { codeStepSchema } from "./schema";
import { workerTexts } from "./texts";

const perIp = () => Number(process.env.WORKER_CODE_REQUESTS_PER_IP ?? 20) || 20;

/**
 * Step 1 of a phone flow (sign-in or recovering codes): a six-digit code by SMS (lib/otp). The
 * code goes to any valid mobile, with or without cases or an account, so the answer never tells
 * whether a number is known. Throttled per address, and per purpose and phone by lib/otp.
 */
export async function sendPhoneCode(purpose: Extract<OtpPurpose, "case_codes" | "worker_sign_in">, phone: string, ip: string, locale: string): Promise<{ wait: number | null }> {
  const wait = (await hitRateLimit("worker-code-ip", ip, perIp(), 3600)) ?? (await throttleCodeSend(purpose, { kind: "phone", value: phone }));
  if (wait) return { wait };
  const code = await issueCode(purpose, { kind: "phone", value: phone });
  const texts = workerTexts(locale);
  const text = purpose === "worker_sign_in" ? texts.signInCode(code, OTP_RULES.ttlMinutes) : texts.recoveryCode(code, OTP_RULES.ttlMinutes);
  await deliverMessage({ kind: "phone", value: phone }, { subject: "", text });
  return { wait: null };
}

/**
 * Auth.js `authorize` for the "worker-phone" provider: a verified phone becomes a worker session
 * (never a staff one: the user carries no role, see lib/auth/auth.ts). null for anything else.
 */
export async function verifyWorkerSignIn(phone: unknown, code: unknown) {
  const parsed = codeStepSchema.safeParse({ phone, code });
  if (!parsed.success) return null;
  const result = await consumeCode("worker_sign_in", { kind: "phone", value: parsed.data.phone }, parsed.data.code);
  if (!result.ok) return null;
  const account = await upsertWorkerAccount(parsed.data.phone);
  return { id: `worker:${account.id}`, workerId: account.id, phone: account.phone, sessionVersion: account.sessionVersion };
}
