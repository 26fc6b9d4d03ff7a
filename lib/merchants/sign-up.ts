import "server-only";
import type { Identifier } from "@/lib/auth/schema";
import { hashPassword } from "@/lib/auth/password";
import { consumeCode, issueCode, throttleCodeSend } from "@/lib/otp/codes";
import { deliverMessage } from "@/lib/otp/deliver";
import { OTP_RULES } from "@/lib/otp/schema";
import { identifierRegistered } from "./data";
import { isMerchantError } from "./errors";
import { createMerchantAccount } from "./mutations";
import { signUpTexts } from "./sign-up-text";

/**
 * Merchant sign-up in two steps, answering the same whether or not the address is registered
 * (ASVS 5.0 V6: no account enumeration). Step 1 sends a code to a free address, and to a
 * registered one a note telling its owner instead; the screen says "code sent" either way.
 * Step 2 creates the account only with that code, so an address must be proven to be used.
 */
export async function requestSignUpCode(identifier: Identifier, locale: string): Promise<{ wait: number | null }> {
  // Throttled before the branch, so a registered address cannot be told apart by its throttling.
  const wait = await throttleCodeSend("merchant_signup", identifier);
  if (wait) return { wait };
  const texts = signUpTexts(locale);
  if (await identifierRegistered(identifier)) {
    await deliverMessage(identifier, { subject: texts.subject, text: texts.registered });
  } else {
    const code = await issueCode("merchant_signup", identifier);
    await deliverMessage(identifier, { subject: texts.subject, text: texts.code(code, OTP_RULES.ttlMinutes) });
  }
  return { wait: null };
}

export type CompleteSignUp = { name: string; identifier: Identifier; password: string; consentVersion: string; code: string };

/** Step 2. "code_invalid" covers a wrong, spent or stale code and an address taken meanwhile. */
export async function completeSignUp(input: CompleteSignUp): Promise<{ ok: true; userId: string } | { ok: false; error: "code_invalid" | "code_expired" }> {
  const result = await consumeCode("merchant_signup", input.identifier, input.code);
  if (!result.ok) return { ok: false, error: result.reason === "expired" ? "code_expired" : "code_invalid" };
  try {
    const user = await createMerchantAccount({ name: input.name, identifier: input.identifier, passwordHash: await hashPassword(input.password), consentVersion: input.consentVersion });
    return { ok: true, userId: user.id };
  } catch (e) {
    if (isMerchantError(e)) return { ok: false, error: "code_invalid" };
    throw e;
  }
}
