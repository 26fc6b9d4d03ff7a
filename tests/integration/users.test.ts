import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { getActiveUser } from "@/lib/users/data";
import { createStaffUser, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb, uniqueEmail } from "../support/db";

const db = testDb();
let adminId: string;
let hrss: string;

beforeAll(async () => {
  await seedDatabase(db);
  adminId = (await db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
  hrss = (await db.department.findUniqueOrThrow({ where: { code: "HRSS" } })).id;
});
afterAll(() => db.$disconnect());

describe("staff accounts", () => {
  it("creates a liaison in a department, and records who did it", async () => {
    const email = uniqueEmail("liaison");
    const user = await createStaffUser(adminId, { name: "联络员", email, role: "LIAISON", departmentId: hrss, isDepartmentHead: false, password: "a-long-password-1" });
    expect(user).toMatchObject({ role: "LIAISON", departmentId: hrss, active: true });
    expect(await db.accessLog.count({ where: { userId: adminId, action: "CREATE_USER", reason: { startsWith: user.id } } })).toBe(1);
    expect(await verifyCredentials(email, "a-long-password-1")).toMatchObject({ id: user.id });
  });

  it("stops a deactivated account at once: no sign-in, and its open session no longer resolves", async () => {
    const email = uniqueEmail("gone");
    const user = await createStaffUser(adminId, { name: "x", email, role: "VIEWER", isDepartmentHead: false, password: "a-long-password-2" });
    expect(await getActiveUser(user.id, 0)).not.toBeNull();
    await setUserActive(adminId, user.id, false);
    expect(await verifyCredentials(email, "a-long-password-2")).toBeNull();
    expect(await getActiveUser(user.id, 0)).toBeNull();
    expect(await getActiveUser(user.id, 1)).toBeNull();
  });

  it("refuses to let an administrator deactivate themselves", async () => {
    await expect(setUserActive(adminId, adminId, false)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("resets a password", async () => {
    const email = uniqueEmail("reset");
    const user = await createStaffUser(adminId, { name: "y", email, role: "OFFICER", isDepartmentHead: false, password: "first-password-123" });
    await resetUserPassword(adminId, user.id, "second-password-456");
    expect(await verifyCredentials(email, "first-password-123")).toBeNull();
    expect(await verifyCredentials(email, "second-password-456")).toMatchObject({ id: user.id });
  });
});
