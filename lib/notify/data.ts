import "server-only";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Ids of the active staff who should hear about something, read in the caller's transaction.
 * `departmentId` undefined means any department; null means users without one (so a case with
 * no lead department reaches no department's liaisons, rather than all of them).
 */
export async function staffRecipients(
  tx: Prisma.TransactionClient,
  args: { departmentId?: string | null; roles: Role[]; headsOnly?: boolean },
): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: {
      active: true,
      role: { in: args.roles },
      ...(args.departmentId !== undefined && { departmentId: args.departmentId }),
      ...(args.headsOnly && { isDepartmentHead: true }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

export type InAppNotification = {
  id: string;
  kind: string;
  caseId: string | null;
  caseReference: string | null;
  payload: Prisma.JsonValue;
  readAt: Date | null;
  createdAt: Date;
};

/** A user's in-app notifications, newest first, with the reference of the case each is about. */
export async function listNotifications(userId: string, opts: { unreadOnly?: boolean; take?: number } = {}): Promise<InAppNotification[]> {
  const rows = await db.notification.findMany({
    where: { userId, channel: "IN_APP", ...(opts.unreadOnly && { readAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(opts.take ?? 20, 1), 100),
    select: { id: true, kind: true, caseId: true, payload: true, readAt: true, createdAt: true },
  });
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const cases = caseIds.length ? await db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, reference: true } }) : [];
  const references = new Map(cases.map((c) => [c.id, c.reference]));
  return rows.map((r) => ({ ...r, caseReference: r.caseId ? (references.get(r.caseId) ?? null) : null }));
}

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, channel: "IN_APP", readAt: null } });
}
