import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chinaDayStart } from "@/lib/time/china";
import type { InboxFilter } from "./schema";
import { OPEN_STATUSES } from "../workflow/workflow";

export const PAGE_SIZE = 25;
const DUE_SOON_MS = 24 * 3_600_000;

/** The inbox's WHERE: the filter, restricted to a department for a liaison. */
export function inboxWhere(f: InboxFilter, scope: { departmentId: string | null } | null, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [];
  if (scope) and.push({ departments: { some: { departmentId: scope.departmentId ?? "__none__" } } });
  if (f.status.length) and.push({ status: { in: f.status } });
  if (f.overdue) and.push({ status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } });
  if (f.dueSoon) and.push({ status: { in: [...OPEN_STATUSES] }, dueAt: { gte: now, lt: new Date(now.getTime() + DUE_SOON_MS) } });
  if (f.supervised) and.push({ supervisionOrders: { some: {} } });
  if (f.acceptOverdue) and.push({ status: "SUBMITTED", dueAt: { lt: now } });
  if (f.category) and.push({ categoryCode: f.category });
  if (f.workerGroup) and.push({ workerGroupCode: f.workerGroup });
  if (f.district) and.push({ district: f.district });
  if (f.department) and.push({ departments: { some: { departmentId: f.department } } });
  if (f.channel) and.push({ channel: f.channel });
  if (f.from) and.push({ createdAt: { gte: chinaDayStart(f.from) } });
  if (f.to) and.push({ createdAt: { lt: new Date(chinaDayStart(f.to).getTime() + 86_400_000) } });
  if (f.q) {
    const ref = f.q.toUpperCase();
    and.push(/^JC-\d{4}-\d{6}$/.test(ref) ? { reference: ref } : { OR: [{ reference: { startsWith: ref } }, { description: { contains: f.q, mode: "insensitive" } }] });
  }
  return and.length ? { AND: and } : {};
}

/**
 * One page, newest first, by keyset (createdAt, id): the cost does not grow with the page number,
 * so the inbox stays fast with a million cases (docs/BENCHMARKS.md). "After the cursor" is written
 * as createdAt <= c AND (createdAt < c OR id < c.id): the first term is a range the createdAt index
 * scans from; the same test as one OR made PostgreSQL filter every newer row (176 ms at row 600,000).
 */
export async function listInbox(where: Prisma.CaseWhereInput, cursor: { createdAt: Date; id: string } | null) {
  const after: Prisma.CaseWhereInput[] = cursor ? [{ createdAt: { lte: cursor.createdAt } }, { OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }] }] : [];
  const rows = await db.case.findMany({
    where: after.length ? { AND: [where, ...after] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, reference: true, status: true, priority: true, categoryCode: true, workerGroupCode: true, district: true, channel: true,
      description: true, dueAt: true, createdAt: true, supporterCount: true, chaseCount: true, reopenCount: true, needsSupervisor: true, anonymous: true,
      leadDepartment: { select: { nameZh: true, nameEn: true } },
      supervisionOrders: { select: { answeredAt: true } },
    },
  });
  return { rows: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE };
}

/** Cases per stage for the board and the filter chips. */
export function countByStatus(where: Prisma.CaseWhereInput) {
  return db.case.groupBy({ by: ["status"], where, _count: { _all: true } });
}

export function listSavedViews(userId: string) {
  return db.savedView.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, filters: true } });
}
