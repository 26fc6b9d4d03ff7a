import "server-only";
import { CredentialsSignin } from "next-auth";
import { hitRateLimit, rateLimitWait } from "@/lib/http/rate-limit";
import { hashAddress } from "./address-hash";
import { getUserForSignIn } from "./data";
import { ADDRESS_LIMIT } from "./lockout";
import { recordFailedSignIn, recordSignIn } from "./mutations";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./schema";

/** Too many failed sign-ins from this client address: it says nothing about any account. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

// Verifying against a throwaway hash when the account is unknown keeps the response time the
// same, so that timing does not reveal which e-mails or phone numbers are registered.
let dummyHash: Promise<string> | undefined;

async function failed(ipHash: string) {
  await hitRateLimit("sign-in-fail-ip", ipHash, ADDRESS_LIMIT.failures(), ADDRESS_LIMIT.windowSec);
  return null;
}

/**
 * The user for this e-mail or mobile number and password, or null. Unknown, inactive and locked
 * accounts and wrong passwords all cost one argon2 verification and answer null alike.
 */
export async function verifyCredentials(identifier: unknown, password: unknown, ip = "unknown") {
  const ipHash = hashAddress(ip);
  if (await rateLimitWait("sign-in-fail-ip", ipHash, ADDRESS_LIMIT.failures(), ADDRESS_LIMIT.windowSec)) throw new SignInThrottled();
  const parsed = signInSchema.safeParse({ identifier, password });
  if (!parsed.success) return failed(ipHash);
  const user = await getUserForSignIn(parsed.data.identifier);
  if (!user || !user.active) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, parsed.data.password);
    return failed(ipHash);
  }
  const right = await verifyPassword(user.passwordHash, parsed.data.password);
  // A locked account refuses the right password too; its failures do not extend the lock.
  if (user.lockedUntil && user.lockedUntil > new Date()) return failed(ipHash);
  if (!right) {
    await recordFailedSignIn(user.id, ipHash);
    return failed(ipHash);
  }
  await recordSignIn(user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, departmentId: user.departmentId, sessionVersion: user.sessionVersion };
}
