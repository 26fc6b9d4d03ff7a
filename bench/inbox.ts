// Run by bench/run.ts as `node --conditions=react-server --import tsx bench/inbox.ts` (the inbox's
// data module is server-only), with DATABASE_URL: fills the bench database with cases and times
// the staff inbox's own queries. Prints one JSON line (InboxResult) on stdout.
import { countByStatus, inboxWhere, listInbox } from "@/lib/cases/inbox/data";
import type { InboxFilter } from "@/lib/cases/inbox/schema";
import { db } from "@/lib/db";
import { seedDatabase } from "../prisma/seed/index";
import { withClient } from "./bench-database";

export type InboxTiming = { name: string; rows: number; medianMs: number; maxMs: number };
export type InboxResult = { cases: number; fillMs: number; timings: InboxTiming[] };

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const now = new Date();

/** One case every 30 s back from now (1M cases: 347 days): 85% closed, the rest in every open state. */
async function fill(): Promise<number> {
  const started = performance.now();
  await withClient(process.env.DATABASE_URL!, async (client) => {
    await client.query(`SET synchronous_commit = off`);
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY id) ids FROM "Department"),
        c AS (SELECT array_agg(code ORDER BY code) codes FROM "CaseCategory"),
        w AS (SELECT array_agg(code ORDER BY code) codes FROM "WorkerGroup")
      INSERT INTO "Case" (id, reference, "secretHash", "categoryCode", "workerGroupCode", description, district, channel,
        "consentVersion", "consentAt", status, priority, "leadDepartmentId", "dueAt", "createdAt", "updatedAt")
      SELECT 'bench' || g, 'JC-' || (2020 + g % 7) || '-' || lpad((g % 1000000)::text, 6, '0') || '-' || g, md5(g::text),
        c.codes[1 + g % array_length(c.codes, 1)], w.codes[1 + (g / 7) % array_length(w.codes, 1)],
        '外卖骑手反映平台罚款问题，编号 ' || g, (CASE WHEN g % 3 = 0 THEN 'YONGCHANG' ELSE 'JINCHUAN' END)::"District",
        (enum_range(NULL::"CaseChannel"))[1 + g % 5], 'v1', $1::timestamptz,
        (CASE WHEN g % 100 < 85 THEN 'CLOSED' ELSE (enum_range(NULL::"CaseStatus"))[1 + g % 12]::text END)::"CaseStatus",
        (enum_range(NULL::"CasePriority"))[1 + g % 3], d.ids[1 + g % array_length(d.ids, 1)],
        $1::timestamptz + ((g % 40) - 20) * interval '1 day', $1::timestamptz - g * interval '30 seconds', $1::timestamptz
      FROM generate_series(1, $2::int) g, d, c, w`,
      [now, CASES],
    );
    await client.query(`INSERT INTO "CaseDepartment" ("caseId", "departmentId", role) SELECT id, "leadDepartmentId", 'LEAD' FROM "Case" WHERE id LIKE 'bench%'`);
    await client.query(`VACUUM ANALYZE "Case"`);
    await client.query(`VACUUM ANALYZE "CaseDepartment"`);
  });
  return performance.now() - started;
}

async function time(name: string, run: () => Promise<{ rows: unknown[] } | unknown[]>): Promise<InboxTiming> {
  const first = await run();
  const ms: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const rows = Array.isArray(first) ? first.length : first.rows.length;
  return { name, rows, medianMs: ms[3]!, maxMs: ms[6]! };
}

await seedDatabase(db);
const fillMs = await fill();
const filter = (over: Partial<InboxFilter> = {}) => ({ status: [], overdue: false, dueSoon: false, ...over }) as InboxFilter;
const all = inboxWhere(filter(), null, now);
const liaison = { departmentId: (await db.department.findFirstOrThrow({ orderBy: { id: "asc" } })).id };
// The keyset cursor of the page that starts at row 600,000 (ids are 'bench' || g, newest = smallest g).
const deep = await db.case.findUniqueOrThrow({ where: { id: `bench${Math.floor(CASES * 0.6)}` }, select: { createdAt: true, id: true } });
const timings = [
  await time("first page, no filter", () => listInbox(all, null)),
  await time(`page at row ${Math.floor(CASES * 0.6).toLocaleString("en")} (keyset cursor)`, () => listInbox(all, deep)),
  await time("status = DISPATCHED", () => listInbox(inboxWhere(filter({ status: ["DISPATCHED"] }), null, now), null)),
  await time("category = parking", () => listInbox(inboxWhere(filter({ category: "parking" }), null, now), null)),
  await time("overdue", () => listInbox(inboxWhere(filter({ overdue: true }), null, now), null)),
  await time("a liaison's department only", () => listInbox(inboxWhere(filter(), liaison, now), null)),
  await time("exact reference", () => listInbox(inboxWhere(filter({ q: "JC-2026-123456" }), null, now), null)),
  await time("text in the description (ILIKE)", () => listInbox(inboxWhere(filter({ q: "编号 123456" }), null, now), null)),
  await time("counts per status (filter chips), all", () => countByStatus(all)),
  await time("counts per status, a liaison's department", () => countByStatus(inboxWhere(filter(), liaison, now))),
];
await db.$disconnect();
process.stdout.write(`${JSON.stringify({ cases: CASES, fillMs, timings } satisfies InboxResult)}\n`);
