import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { maskPhone } from "@/lib/notify/sms";
import { staffActor } from "../workflow/mutations/context";
import { overdueWorkingDays } from "../workflow/mutations/dispatch";
import { findReferenceById, loadCalendarOverrides } from "../data";
import { caseDepartmentIds, getCaseForStaff, listCannedReplies, listDispatchDepartments, recordAccessDenied } from "./data";
import { countByStatus, inboxWhere, listInbox, listSavedViews } from "../inbox/data";
import { parseInboxFilter } from "../inbox/schema";
import { availableTransitions, OPEN_STATUSES, type CaseStatus } from "../workflow/workflow";

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

/**
 * One case for staff. A liaison asking for a case outside their department gets the same 404 as
 * for a case that does not exist, and the attempt is recorded.
 */
export const loadCaseDetail = cache(async (id: string) => {
  const user = await requirePermission("cases:read");
  if (!/^[a-z0-9]{20,40}$/.test(id)) notFound();
  if (user.role === "LIAISON") {
    const departments = await caseDepartmentIds(id);
    if (!user.departmentId || !departments.includes(user.departmentId)) {
      await recordAccessDenied(user.id, id);
      notFound();
    }
  }
  const c = await getCaseForStaff(id);
  if (!c) notFound();
  const actor = staffActor(user);
  const [overrides, canned, departments, mergedInto] = await Promise.all([
    loadCalendarOverrides(),
    listCannedReplies(c.status),
    listDispatchDepartments(),
    c.mergedIntoId ? findReferenceById(c.mergedIntoId) : null,
  ]);
  // Secrets and idempotency bookkeeping never leave the server.
  const { contactPhone, secretHash, idempotencyKey, requestHash, ...rest } = c;
  return {
    case: {
      ...rest,
      // Phones are masked for everyone; an officer may reveal one, with a recorded reason.
      contactPhone: contactPhone ? maskPhone(contactPhone) : null,
      hasPhone: !!contactPhone,
      // An anonymous worker's name is never stored; staff see no name either way unless given.
      mergedIntoReference: mergedInto?.reference ?? null,
      overdueDays: isOpen(c.status) ? overdueWorkingDays(c.dueAt, new Date(), overrides) : 0,
      photoUrls: c.photos.map((p) => `/api/v1/cases/${c.reference}/photos/${p.id}`),
    },
    viewer: { role: user.role, departmentId: user.departmentId, canRevealPhone: user.role === "OFFICER", readOnly: user.role === "VIEWER" || user.role === "ADMIN" },
    transitions: availableTransitions(c, actor),
    cannedReplies: canned,
    departments,
  };
});
