import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { DEPARTMENTS } from "../../prisma/seed/departments";
import { testDb } from "../support/db";

const db = testDb();
afterAll(() => db.$disconnect());

describe("seed", () => {
  it("creates every handling department with zh/en names, idempotently", async () => {
    await seedDatabase(db);
    await seedDatabase(db);
    const rows = await db.department.findMany();
    expect(rows).toHaveLength(DEPARTMENTS.length);
    expect(rows.map((r) => r.nameZh)).toEqual(expect.arrayContaining(["市委社会工作部", "市总工会", "市公安局交警支队", "金川区人民政府", "永昌县人民政府"]));
    expect(rows.every((r) => r.nameEn.length > 0)).toBe(true);
  });

  it("creates exactly one first administrator, and no other on later starts", async () => {
    // Other test files may add administrators of their own to the shared database: count the seed's.
    expect(await db.user.count({ where: { role: "ADMIN", email: process.env.ADMIN_EMAIL } })).toBe(1);
    const before = await db.user.count({ where: { role: "ADMIN" } });
    await seedDatabase(db);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(before);
  });
});
