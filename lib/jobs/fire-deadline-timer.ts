import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { OPEN_STATUSES, type CaseStatus } from "@/lib/cases/workflow/workflow";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffRecipients } from "@/lib/notify/data";
import { notifyStaff } from "@/lib/notify/mutations";
import type { DeadlineTimer } from "./deadlines";

const payloadSchema = z.object({ caseId: z.string().min(1), dueAt: z.iso.datetime() });

/**
 * A SUBMITTED case runs against its 受理 deadline (set at intake); an ACCEPTED one has none until
 * 派单 (acceptance clears it), and from dispatch on the deadline is the department's.
 */
const TIMED_STATUSES: readonly CaseStatus[] = OPEN_STATUSES.filter((s) => s !== "ACCEPTED");

type Tx = Prisma.TransactionClient;
const liaisons = (tx: Tx, departmentId: string | null) => staffRecipients(tx, { departmentId, roles: ["LIAISON"] });
const officers = (tx: Tx) => staffRecipients(tx, { roles: ["OFFICER"] });
const admins = (tx: Tx) => staffRecipients(tx, { roles: ["ADMIN"] });
/** A department head is marked by isDepartmentHead, whatever their role (merchants aside). */
const heads = (tx: Tx, departmentId: string | null) =>
  staffRecipients(tx, { departmentId, roles: ROLES.filter((r) => r !== "MERCHANT"), headsOnly: true });

/** Each timer's event and who hears of it: the department, then the officers, then its head. */
const TIMERS = {
  reminder: { event: "REMINDER", kind: "reminder", recipients: (tx: Tx, dept: string | null) => liaisons(tx, dept) },
  chase: { event: "CHASE", kind: "chase", recipients: async (tx: Tx, dept: string | null) => [...(await liaisons(tx, dept)), ...(await officers(tx))] },
  escalate: { event: "ESCALATION", kind: "escalation", recipients: async (tx: Tx, dept: string | null) => [...(await heads(tx, dept)), ...(await officers(tx))] },
} as const;

/**
 * Before 受理 no department holds the case: the officers are reminded and chased, and the escalation
 * goes to the hotline office's own heads (no department) and the administrators.
 */
const ACCEPT_TIMERS = {
  reminder: { event: "ACCEPT_REMINDER", kind: "accept_reminder", recipients: (tx: Tx) => officers(tx) },
  chase: { event: "ACCEPT_CHASE", kind: "accept_chase", recipients: (tx: Tx) => officers(tx) },
  escalate: { event: "ACCEPT_ESCALATION", kind: "accept_escalation", recipients: async (tx: Tx) => [...(await heads(tx, null)), ...(await admins(tx)), ...(await officers(tx))] },
} as const;

/**
 * Runs one deadline timer: an internal event and staff notifications in one transaction, unless
 * the case is no longer being handled, its deadline has moved (the new one has its own timers),
 * or this timer has already fired for this deadline (a retried or re-queued job).
 */
export async function fireDeadlineTimer(timer: DeadlineTimer, raw: unknown): Promise<"fired" | "skipped"> {
  const { caseId, dueAt: dueAtIso } = payloadSchema.parse(raw);
  const dueAt = new Date(dueAtIso).toISOString();
  return db.$transaction(async (tx) => {
    // Row lock: two runs of one timer (a job replaced while it ran) take turns, and the second
    // then sees the first one's event.
    await tx.$executeRaw`SELECT 1 FROM "Case" WHERE id = ${caseId} FOR UPDATE`;
    const c = await tx.case.findUnique({ where: { id: caseId }, select: { status: true, dueAt: true, leadDepartmentId: true, reference: true } });
    if (!c || !TIMED_STATUSES.includes(c.status) || c.dueAt?.toISOString() !== dueAt) return "skipped";
    const t = c.status === "SUBMITTED" ? ACCEPT_TIMERS[timer] : TIMERS[timer];
    const fired = await tx.caseEvent.findFirst({ where: { caseId, type: t.event, payload: { path: ["dueAt"], equals: dueAt } }, select: { id: true } });
    if (fired) return "skipped";
    await tx.caseEvent.create({ data: { caseId, type: t.event, actorKind: "SYSTEM", public: false, payload: { dueAt } } });
    const userIds = await t.recipients(tx, c.leadDepartmentId);
    await notifyStaff(tx, { caseId, kind: t.kind, userIds, payload: { reference: c.reference, dueAt, stage: c.status } });
    return "fired";
  });
}
