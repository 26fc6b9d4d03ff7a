import "server-only";
import { cache } from "react";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { overdueWorkingDays } from "../workflow/mutations/dispatch";
import { loadCalendarOverrides } from "../workflow/data";
import { OPEN_STATUSES, type CaseStatus } from "../workflow/workflow";
import { countByStatus, inboxWhere, listInbox, listSavedViews } from "./data";
import { parseInboxFilter } from "./schema";

const isOpen = (status: CaseStatus) => OPEN_STATUSES.includes(status);

/** A liaison sees only cases assigned to their department; everyone else with cases:read sees all. */
function scopeOf(user: SessionUser) {
  return user.role === "LIAISON" ? { departmentId: user.departmentId } : null;
}

export const loadInbox = cache(async (params: Record<string, string | string[] | undefined>) => {
  const user = await requirePermission("cases:read");
  const filter = parseInboxFilter(params);
  const now = new Date();
  const where = inboxWhere(filter, scopeOf(user), now);
  const cursor = decodeCursor(filter.cursor);
  const [{ rows, hasMore }, counts, views, overrides] = await Promise.all([
    listInbox(where, cursor),
    countByStatus(inboxWhere({ ...filter, status: [] }, scopeOf(user), now)),
    listSavedViews(user.id),
    loadCalendarOverrides(),
  ]);
  const last = rows.at(-1);
  return {
    filter,
    rows: rows.map((r) => ({
      ...r,
      // Descriptions can name people: the inbox shows a short excerpt only.
      excerpt: r.description.length > 60 ? `${r.description.slice(0, 60)}…` : r.description,
      description: undefined,
      supervisionOrders: undefined,
      supervision: r.supervisionOrders.length === 0 ? null : r.supervisionOrders.some((o) => !o.answeredAt) ? ("open" as const) : ("answered" as const),
      // Deadlines bind only while a case is being handled: a resolved or closed case is never overdue.
      overdueDays: isOpen(r.status) ? overdueWorkingDays(r.dueAt, now, overrides) : 0,
      dueSoon: isOpen(r.status) && !!r.dueAt && r.dueAt > now && r.dueAt.getTime() - now.getTime() < 24 * 3_600_000,
    })),
    nextCursor: hasMore && last ? encodeCursor(last.createdAt, last.id) : null,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<CaseStatus, number>>,
    savedViews: views,
  };
});

function encodeCursor(createdAt: Date, id: string) {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(raw?: string): { createdAt: Date; id: string } | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString().split("|");
  const createdAt = new Date(iso ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}
