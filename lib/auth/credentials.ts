import "server-only";
import { getUserForSignIn } from "./data";
import { recordSignIn } from "./mutations";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./schema";

// Verifying against a throwaway hash when the account is unknown keeps the response time the
// same, so that timing does not reveal which e-mails or phone numbers are registered.
let dummyHash: Promise<string> | undefined;

/** The user for this e-mail or mobile number and password, or null. Records the sign-in time. */
export async function verifyCredentials(identifier: unknown, password: unknown) {
  const parsed = signInSchema.safeParse({ identifier, password });
  if (!parsed.success) return null;
  const user = await getUserForSignIn(parsed.data.identifier);
  if (!user || !user.active) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  await recordSignIn(user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, departmentId: user.departmentId };
}
