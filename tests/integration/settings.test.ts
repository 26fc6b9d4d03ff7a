import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";

const { deleteCannedReply, deleteSlaRule, removeCalendarDay, saveCannedReply, setCalendarDay, upsertSlaRule } = await import("@/lib/settings/mutations");

const db = testDb();
let adminId: string;

beforeAll(async () => {
  await seedDatabase(db);
  // The seeded first administrator: other files count administrators on this shared database.
  adminId = (await db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
});
afterAll(() => db.$disconnect());

const changesOf = (subject: string) => db.settingChange.findMany({ where: { subject }, orderBy: { createdAt: "asc" } });

describe("settings changes are recorded with who made them and what they were", () => {
  it("a deadline rule: added, changed, removed", async () => {
    const category = (await db.caseCategory.findFirstOrThrow({ where: { active: true } })).code;
    const rule = { categoryCode: category, priority: "URGENT", stage: "ACCEPT" } as const;
    await db.slaRule.deleteMany({ where: rule });
    const created = await upsertSlaRule(adminId, { ...rule, amount: 2, unit: "HOURS" });
    await upsertSlaRule(adminId, { ...rule, amount: 4, unit: "HOURS" });
    await deleteSlaRule(adminId, created.id);
    expect(await changesOf(`${category}/URGENT/ACCEPT`)).toMatchObject([
      { actorId: adminId, area: "sla_rule", action: "save", before: null, after: { amount: 2, unit: "HOURS" } },
      { action: "save", before: { amount: 2 }, after: { amount: 4 } },
      { action: "delete", before: { amount: 4 }, after: null },
    ]);
  });

  it("a calendar day and a canned reply, and nothing for a change that fails", async () => {
    await setCalendarDay(adminId, { date: "2031-10-01", kind: "HOLIDAY", nameZh: "国庆节", nameEn: "National Day" });
    await removeCalendarDay(adminId, "2031-10-01");
    await expect(removeCalendarDay(adminId, "2031-10-01")).rejects.toMatchObject({ code: "not_found" });
    expect(await changesOf("2031-10-01")).toMatchObject([
      { area: "calendar_day", action: "save", after: { kind: "HOLIDAY", nameZh: "国庆节" } },
      { area: "calendar_day", action: "delete", before: { nameZh: "国庆节" } },
    ]);

    await saveCannedReply(adminId, { status: null, titleZh: "测试模板", titleEn: "Test", bodyZh: "内容", bodyEn: "Text", sortOrder: 0 });
    const reply = await db.cannedReply.findFirstOrThrow({ where: { titleZh: "测试模板" } });
    await deleteCannedReply(adminId, reply.id);
    await expect(deleteCannedReply(adminId, reply.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await changesOf("测试模板")).map((c) => c.action)).toEqual(["save", "delete"]);
  });

  it("keeps the floor: a default rule cannot be deleted, and the refusal leaves no record", async () => {
    const floor = await db.slaRule.findFirstOrThrow({ where: { categoryCode: "*" } });
    const before = await db.settingChange.count();
    await expect(deleteSlaRule(adminId, floor.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.settingChange.count()).toBe(before);
  });
});
