import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb, uniqueEmail } from "../support/db";
import { sessionCookie, sessionFor } from "../support/session-token";

const db = testDb();
// Imported after the environment is set: the auth config reads it at load.
const { handlers } = await import("@/lib/auth/auth");
const { endSessions } = await import("@/lib/auth/mutations");
const { changeUserRole, resetUserPassword, setUserActive } = await import("@/lib/users/mutations");
const { getActiveUser } = await import("@/lib/users/data");
let adminId: string;
let hrss: string;

beforeAll(async () => {
  await seedDatabase(db);
  adminId = (await db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
  hrss = (await db.department.findUniqueOrThrow({ where: { code: "HRSS" } })).id;
});
afterAll(() => db.$disconnect());

async function signedIn(role: "OFFICER" | "LIAISON" = "OFFICER") {
  const user = await db.user.create({
    data: { email: uniqueEmail("session"), name: "会话", role, departmentId: role === "LIAISON" ? hrss : null, passwordHash: await hashPassword("a-long-password-9") },
  });
  const cookie = await sessionCookie(user);
  const before = await sessionFor(handlers, cookie);
  // The token works until something retires it.
  expect(before.body?.user?.id).toBe(user.id);
  expect(await getActiveUser(user.id, user.sessionVersion)).not.toBeNull();
  return { user, cookie };
}

async function expectNoSession(user: { id: string; sessionVersion: number }, cookie: string) {
  const after = await sessionFor(handlers, cookie);
  expect(after.body).toBeNull();
  // Auth.js is told to clear the cookie rather than re-issue it.
  expect(after.setCookie).toMatch(/authjs\.session-token=;/);
  expect(await getActiveUser(user.id, user.sessionVersion)).toBeNull();
}

describe("a session token stops working", () => {
  it("after sign-out (every copy of it)", async () => {
    const { user, cookie } = await signedIn();
    await endSessions(user.id, user.sessionVersion);
    await expectNoSession(user, cookie);
  });

  it("after a password reset", async () => {
    const { user, cookie } = await signedIn();
    await resetUserPassword(adminId, user.id, "another-password-123");
    await expectNoSession(user, cookie);
  });

  it("after a role change", async () => {
    const { user, cookie } = await signedIn();
    await changeUserRole(adminId, user.id, { role: "VIEWER" });
    await expectNoSession(user, cookie);
    expect(await db.accessLog.count({ where: { userId: adminId, action: "CHANGE_ROLE", reason: { startsWith: user.id } } })).toBe(1);
  });

  it("after a department change", async () => {
    const { user, cookie } = await signedIn("LIAISON");
    const other = (await db.department.findFirstOrThrow({ where: { id: { not: hrss } } })).id;
    await changeUserRole(adminId, user.id, { role: "LIAISON", departmentId: other });
    await expectNoSession(user, cookie);
  });

  it("after deactivation", async () => {
    const { user, cookie } = await signedIn();
    await setUserActive(adminId, user.id, false);
    await expectNoSession(user, cookie);
  });

  it("when it carries no session version (issued before versions existed)", async () => {
    const { user } = await signedIn();
    const cookie = await sessionCookie({ ...user, sessionVersion: undefined as never });
    expect((await sessionFor(handlers, cookie)).body).toBeNull();
  });

  it("but a replayed sign-out of an old token does not end the owner's newer sessions", async () => {
    const { user } = await signedIn();
    await endSessions(user.id, user.sessionVersion);
    const fresh = { ...user, sessionVersion: user.sessionVersion + 1 };
    const cookie = await sessionCookie(fresh);
    await endSessions(user.id, user.sessionVersion);
    expect((await sessionFor(handlers, cookie)).body?.user?.id).toBe(user.id);
  });
});
