import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { OPEN_STATUSES } from "@/lib/cases/workflow/workflow";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffRecipients } from "@/lib/notify/data";
import { notifyStaff } from "@/lib/notify/mutations";
import type { DeadlineTimer } from "./deadlines";

const payloadSchema = z.object({ orderId: z.string().min(1), dueAt: z.iso.datetime() });

type Tx = Prisma.TransactionClient;
const liaisons = (tx: Tx, departmentId: string | null) => staffRecipients(tx, { departmentId, roles: ["LIAISON"] });
const officers = (tx: Tx) => staffRecipients(tx, { roles: ["OFFICER"] });
const heads = (tx: Tx, departmentId: string | null) => staffRecipients(tx, { departmentId, roles: ROLES.filter((r) => r !== "MERCHANT"), headsOnly: true });

/** As a case deadline's timers (fire-deadline-timer.ts): the department, then the officers, then its head. */
const TIMERS = {
  reminder: { event: "SUPERVISION_REMINDER", kind: "supervision_reminder", recipients: (tx: Tx, dept: string | null) => liaisons(tx, dept) },
  chase: { event: "SUPERVISION_CHASE", kind: "supervision_chase", recipients: async (tx: Tx, dept: string | null) => [...(await liaisons(tx, dept)), ...(await officers(tx))] },
  escalate: { event: "SUPERVISION_ESCALATION", kind: "supervision_escalation", recipients: async (tx: Tx, dept: string | null) => [...(await heads(tx, dept)), ...(await officers(tx))] },
} as const;

/**
 * Runs one timer of a 督办 order: nothing once the order is answered, the case has left the open
 * stages, or this timer already fired for this order (a retried job); else an internal event and
 * the notifications, in one transaction under the case's row lock.
 */
export async function fireSupervisionTimer(timer: DeadlineTimer, raw: unknown): Promise<"fired" | "skipped"> {
  const { orderId, dueAt: dueAtIso } = payloadSchema.parse(raw);
  const dueAt = new Date(dueAtIso).toISOString();
  const t = TIMERS[timer];
  return db.$transaction(async (tx) => {
    const order = await tx.supervisionOrder.findUnique({ where: { id: orderId } });
    if (!order) return "skipped";
    await tx.$executeRaw`SELECT 1 FROM "Case" WHERE id = ${order.caseId} FOR UPDATE`;
    const [fresh, c] = await Promise.all([
      tx.supervisionOrder.findUniqueOrThrow({ where: { id: orderId }, select: { answeredAt: true, dueAt: true } }),
      tx.case.findUniqueOrThrow({ where: { id: order.caseId }, select: { status: true, leadDepartmentId: true, reference: true, category: { select: { nameZh: true, nameEn: true } } } }),
    ]);
    if (fresh.answeredAt || fresh.dueAt.toISOString() !== dueAt || !OPEN_STATUSES.includes(c.status)) return "skipped";
    const fired = await tx.caseEvent.findFirst({ where: { caseId: order.caseId, type: t.event, payload: { path: ["orderId"], equals: orderId } }, select: { id: true } });
    if (fired) return "skipped";
    await tx.caseEvent.create({ data: { caseId: order.caseId, type: t.event, actorKind: "SYSTEM", public: false, payload: { orderId, number: order.number, dueAt } } });
    await notifyStaff(tx, {
      caseId: order.caseId,
      kind: t.kind,
      userIds: await t.recipients(tx, c.leadDepartmentId),
      payload: { reference: c.reference, category: c.category.nameZh, categoryEn: c.category.nameEn, stage: c.status, number: order.number, dueAt },
    });
    return "fired";
  });
}
