import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { testDb, uniqueEmail } from "../support/db";

const db = testDb();

describe("staff sign-in", () => {
  const email = uniqueEmail("officer");
  const password = "correct horse battery staple";

  beforeAll(async () => {
    await db.user.create({ data: { email, name: "办案员", role: "OFFICER", passwordHash: await hashPassword(password) } });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores passwords as argon2id hashes, never in clear", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
  });

  it("accepts the right password and records the sign-in", async () => {
    const user = await verifyCredentials(email.toUpperCase(), password);
    expect(user).toMatchObject({ email, role: "OFFICER" });
    const stored = await db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail and malformed input alike", async () => {
    expect(await verifyCredentials(email, "wrong password")).toBeNull();
    expect(await verifyCredentials(uniqueEmail("nobody"), password)).toBeNull();
    expect(await verifyCredentials("not-an-email", password)).toBeNull();
    expect(await verifyCredentials(email, "")).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const inactive = uniqueEmail("gone");
    await db.user.create({ data: { email: inactive, name: "x", role: "VIEWER", active: false, passwordHash: await hashPassword(password) } });
    expect(await verifyCredentials(inactive, password)).toBeNull();
  });
});
