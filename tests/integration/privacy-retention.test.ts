import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactExpiredCases, retentionCutoff, retentionMonths } from "@/lib/cases/privacy/retention";
import { blobStore } from "@/lib/storage";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { fileCase } from "../support/privacy-fixtures";

const db = testDb();
const monthsAgo = (n: number) => retentionCutoff(new Date(), n);

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

async function closedCase(closedAt: Date) {
  const { reference } = await fileCase(
    { contact_name: "王小明", description: "我叫王小明，电话13812345678。送餐到金岸小区门口被保安拦住，不让电动车进入。", lat: 38.51374, lng: 102.18793 },
    { photo: true },
  );
  const c = await db.case.update({ where: { reference }, data: { status: "CLOSED", closedAt, ratingComment: "王小明很满意，电话13812345678" }, select: { id: true } });
  await db.caseEvent.create({ data: { caseId: c.id, type: "PUBLIC_REPLY", actorKind: "STAFF", public: true, note: "已电话联系王小明（13812345678），张师傅已协调物业。", createdAt: closedAt } });
  return { ...c, reference };
}

describe("the retention job", () => {
  it("anonymises a case closed 25 months ago, deletes its photos and records it; leaves one closed 1 month ago", async () => {
    const old = await closedCase(monthsAgo(25));
    const recent = await closedCase(monthsAgo(1));
    const keys = (await db.casePhoto.findMany({ where: { caseId: old.id } })).map((p) => p.storageKey);
    expect(keys).toHaveLength(1);
    expect(await blobStore().get(keys[0]!)).not.toBeNull();

    expect(retentionMonths()).toBe(24);
    expect(await redactExpiredCases(new Date())).toBeGreaterThanOrEqual(1);

    const c = await db.case.findUniqueOrThrow({ where: { id: old.id }, include: { photos: true, events: { orderBy: { createdAt: "asc" } } } });
    expect(c).toMatchObject({ contactName: null, contactPhone: null, ratingComment: null, anonymous: true, lat: 38.51, lng: 102.19, attributes: {} });
    expect(c.redactedAt).not.toBeNull();
    expect(c.description).not.toMatch(/王小明|13812345678/);
    expect(c.description).toContain("金岸小区");
    expect(c.photos).toHaveLength(0);
    expect(await blobStore().get(keys[0]!)).toBeNull();
    const reply = c.events.find((e) => e.type === "PUBLIC_REPLY")!;
    expect(reply.note).not.toMatch(/王小明|13812345678|张师傅/);
    expect(c.events.at(-1)).toMatchObject({ type: "REDACTED", actorKind: "SYSTEM", public: true, payload: { reason: "retention" } });

    const untouched = await db.case.findUniqueOrThrow({ where: { id: recent.id }, include: { photos: true } });
    expect(untouched).toMatchObject({ contactName: "王小明", contactPhone: "13812345678", redactedAt: null });
    expect(untouched.photos).toHaveLength(1);
  });

  it("leaves the event log append-only for everything but the redaction function", async () => {
    const c = await closedCase(monthsAgo(1));
    await expect(db.$executeRaw`UPDATE "CaseEvent" SET note = 'rewritten' WHERE "caseId" = ${c.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "CaseEvent" WHERE "caseId" = ${c.id}`).rejects.toThrow(/append-only/);
    // A session variable or a forged grant from another transaction opens nothing.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('nuanxin.redacting', 'on', true)`;
        await tx.$executeRaw`UPDATE "CaseEvent" SET note = NULL WHERE "caseId" = ${c.id}`;
      }),
    ).rejects.toThrow(/append-only/);
  });

  it("refuses to redact a case still being handled", async () => {
    const { reference } = await fileCase();
    const c = await db.case.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    await expect(db.$queryRaw`SELECT nuanxin_redact_case(${c.id}, 'retention')`).rejects.toThrow(/still being handled/);
  });
});
