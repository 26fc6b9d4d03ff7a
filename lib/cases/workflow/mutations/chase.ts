import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffRecipients } from "@/lib/notify/data";
import { notifyStaff } from "@/lib/notify/mutations";
import { ROLES } from "@/lib/auth/roles";
import { CHASEABLE_STATUSES, type CaseStatus } from "../workflow";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";

type Tx = Prisma.TransactionClient;

/** The lead department's liaisons and its head (isDepartmentHead, whatever their role). */
export async function leadDepartmentAndHead(tx: Tx, departmentId: string): Promise<string[]> {
  const [liaisons, heads] = await Promise.all([
    staffRecipients(tx, { departmentId, roles: ["LIAISON"] }),
    staffRecipients(tx, { departmentId, roles: ROLES.filter((r) => r !== "MERCHANT"), headsOnly: true }),
  ]);
  return [...liaisons, ...heads];
}

/** What a staff notification about a case names: reference, category and stage (see notification-text.ts). */
export function caseNotificationPayload(c: { reference: string; status: CaseStatus; dueAt: Date | null; category: { nameZh: string; nameEn: string } }) {
  return { reference: c.reference, category: c.category.nameZh, categoryEn: c.category.nameEn, stage: c.status, ...(c.dueAt && { dueAt: c.dueAt.toISOString() }) };
}

/**
 * 催办: an officer presses the lead department with a note. Counted on the case (the inbox shows
 * it), an internal timeline entry, and the lead's liaisons and head are told in this transaction.
 * The count is a compare-and-set on the stage read here, so a chase never lands on a case that
 * meanwhile left the department's hands; it does not bump `version`, so no one's open form goes stale.
 */
export async function chaseCase(actor: StaffActor, input: { caseId: string; note: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "chase", input.caseId);
    const c = await tx.case.findUniqueOrThrow({
      where: { id: input.caseId },
      select: { status: true, leadDepartmentId: true, reference: true, dueAt: true, chaseCount: true, category: { select: { nameZh: true, nameEn: true } } },
    });
    if (!CHASEABLE_STATUSES.includes(c.status) || !c.leadDepartmentId) throw new AppError("not_chaseable", 409);
    const { count } = await tx.case.updateMany({ where: { id: input.caseId, status: c.status, chaseCount: c.chaseCount }, data: { chaseCount: { increment: 1 } } });
    if (count !== 1) throw new AppError("conflict", 409);
    const chaseCount = c.chaseCount + 1;
    await tx.caseEvent.create({
      data: { caseId: input.caseId, type: "OFFICER_CHASE", actorKind: "STAFF", actorId: actor.userId, public: false, note: input.note, payload: { chaseCount, stage: c.status } },
    });
    await notifyStaff(tx, {
      caseId: input.caseId,
      kind: "officer_chase",
      userIds: await leadDepartmentAndHead(tx, c.leadDepartmentId),
      payload: { ...caseNotificationPayload(c), note: input.note, chaseCount },
    });
    return { chaseCount };
  });
}
