import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";

const { inboxWhere, listInbox, PAGE_SIZE } = await import("@/lib/cases/inbox/data");

const db = testDb();
const MARK = `paging-${Date.now()}`;
// 70 cases, many created at the very same millisecond: the id must break the ties.
const base = new Date("2026-03-01T08:00:00Z");

beforeAll(async () => {
  await seedDatabase(db);
  await db.case.createMany({
    data: Array.from({ length: 70 }, (_, i) => ({
      id: `${MARK}-${String(i).padStart(3, "0")}`,
      reference: `JC-2026-${MARK}-${i}`,
      secretHash: "x",
      categoryCode: "parking",
      workerGroupCode: "courier",
      description: `${MARK} case ${i}`,
      channel: "WEB" as const,
      consentVersion: "v1",
      consentAt: base,
      createdAt: new Date(base.getTime() + Math.floor(i / 10) * 1000),
    })),
  });
});
afterAll(() => db.$disconnect());

describe("the staff inbox's keyset paging", () => {
  it("walks every case once, newest first, across pages and tied timestamps", async () => {
    const where = { AND: [inboxWhere({ status: [], overdue: false, dueSoon: false, q: MARK } as never, null, new Date()), { description: { startsWith: MARK } }] };
    const seen: { id: string; createdAt: Date }[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    for (let page = 0; page < 10; page++) {
      const { rows, hasMore } = await listInbox(where, cursor);
      expect(rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...rows);
      if (!hasMore) break;
      const last = rows.at(-1)!;
      cursor = { createdAt: last.createdAt, id: last.id };
    }
    expect(seen).toHaveLength(70);
    expect(new Set(seen.map((r) => r.id)).size).toBe(70);
    const expected = [...seen].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(seen.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(seen[0]!.id).toBe(`${MARK}-069`);
    expect(seen.at(-1)!.id).toBe(`${MARK}-000`);
  });
});
