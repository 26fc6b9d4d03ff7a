import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";

export type StaffNotificationKind =
  | "dispatched"
  | "returned"
  | "reminder"
  | "chase"
  | "escalation"
  | "extension_requested"
  | "extension_decided"
  | "officer_chase"
  | "supervision_opened"
  | "supervision_answered"
  | "supervision_reminder"
  | "supervision_chase"
  | "supervision_escalation"
  | "accept_reminder"
  | "accept_chase"
  | "accept_escalation";

export type WorkerNotificationKind = "accepted" | "declined" | "merged" | "dispatched" | "extension_approved" | "resolved" | "closed";

export type MerchantNotificationKind = "merchant_approved" | "merchant_rejected" | "merchant_changes_requested";

type Tx = Prisma.TransactionClient;

/**
 * Tells staff about a case, in the caller's transaction: an in-app notification for each active
 * user, and an e-mail for those who have an address. The e-mail is an outbox row sent by the
 * send_notification job, queued in the same transaction, so a rolled-back step sends nothing.
 */
export async function notifyStaff(
  tx: Tx,
  args: { caseId: string; kind: StaffNotificationKind; userIds: string[]; payload?: Record<string, unknown> },
): Promise<void> {
  const ids = [...new Set(args.userIds)];
  if (!ids.length) return;
  // Deactivated accounts hear nothing, whoever the caller picked.
  const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, email: true } });
  if (!users.length) return;
  const payload = (args.payload ?? {}) as Prisma.InputJsonObject;
  const row = (userId: string, channel: "IN_APP" | "EMAIL") => ({ userId, caseId: args.caseId, kind: args.kind, channel, payload });
  await tx.notification.createMany({ data: users.map((u) => row(u.id, "IN_APP")) });
  const emails = await tx.notification.createManyAndReturn({
    data: users.filter((u) => u.email).map((u) => row(u.id, "EMAIL")),
    select: { id: true },
  });
  for (const e of emails) await enqueue(tx, "send_notification", { notificationId: e.id });
}

/**
 * Texts the worker who filed a case, in the caller's transaction. The row holds what the text
 * needs (reference, a new deadline), never the tracking secret; the text is composed and the
 * number read from the case when the job sends it, so an erased contact phone is not texted.
 */
export async function notifyWorker(
  tx: Tx,
  args: { caseId: string; phone: string | null; kind: WorkerNotificationKind; payload?: Record<string, unknown> },
): Promise<void> {
  if (!args.phone) return;
  const n = await tx.notification.create({
    data: { caseId: args.caseId, kind: args.kind, channel: "SMS", payload: (args.payload ?? {}) as Prisma.InputJsonObject },
    select: { id: true },
  });
  await enqueue(tx, "send_notification", { notificationId: n.id });
}

/**
 * Tells a merchant the decision on their venue application, in the caller's transaction: a text to
 * the phone and an e-mail to the address they signed up with (whichever they have). Like the
 * others, the row holds only named fields; the job reads the contact when it sends.
 */
export async function notifyMerchant(tx: Tx, args: { userId: string; kind: MerchantNotificationKind; payload: { business: string; note?: string | null } }): Promise<void> {
  const user = await tx.user.findFirst({ where: { id: args.userId, active: true }, select: { phone: true, email: true } });
  if (!user) return;
  const channels = [...(user.phone ? (["SMS"] as const) : []), ...(user.email ? (["EMAIL"] as const) : [])];
  const rows = await tx.notification.createManyAndReturn({
    data: channels.map((channel) => ({ userId: args.userId, kind: args.kind, channel, payload: args.payload as Prisma.InputJsonObject })),
    select: { id: true },
  });
  for (const r of rows) await enqueue(tx, "send_notification", { notificationId: r.id });
}

/** Marks a user's own in-app notifications read; returns how many changed. */
export async function markNotificationsRead(userId: string, ids: string[] | "all"): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, channel: "IN_APP", readAt: null, ...(ids !== "all" && { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return count;
}
