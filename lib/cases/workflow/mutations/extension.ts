import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { scheduleDeadlineTimers } from "@/lib/jobs/deadlines";
import { staffRecipients } from "@/lib/notify/data";
import { notifyStaff, notifyWorker } from "@/lib/notify/mutations";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";
import { loadCalendarOverrides } from "../data";

/** 延期申请: the lead department asks for a later deadline, with a reason. */
export async function requestExtension(actor: StaffActor, input: { caseId: string; reason: string; proposedDueAt: Date }, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "request_extension", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true, dueAt: true, reference: true } });
    if (c.status !== "IN_PROGRESS" && c.status !== "CONSULTATION") throw new AppError("conflict", 409);
    if (input.proposedDueAt <= now || (c.dueAt && input.proposedDueAt <= c.dueAt)) throw new AppError("validation", 400);
    if (await tx.extensionRequest.count({ where: { caseId: input.caseId, status: "PENDING" } })) throw new AppError("extension_pending", 409);
    const request = await tx.extensionRequest.create({ data: { caseId: input.caseId, requestedById: actor.userId, reason: input.reason, proposedDueAt: input.proposedDueAt } });
    await tx.caseEvent.create({
      data: { caseId: input.caseId, type: "EXTENSION_REQUESTED", actorKind: "STAFF", actorId: actor.userId, public: false, note: input.reason, payload: { extensionId: request.id, proposedDueAt: input.proposedDueAt.toISOString() } },
    });
    await notifyStaff(tx, { caseId: input.caseId, kind: "extension_requested", userIds: await staffRecipients(tx, { roles: ["OFFICER"] }), payload: { reference: c.reference } });
    return request;
  });
}

/** An officer approves (the deadline moves, the worker is told) or refuses an extension. */
export async function decideExtension(actor: StaffActor, input: { extensionId: string; approve: boolean; note?: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const request = await tx.extensionRequest.findUnique({ where: { id: input.extensionId }, include: { case: { select: { id: true, reference: true, contactPhone: true, dueAt: true, leadDepartmentId: true } } } });
    if (!request) throw new AppError("not_found", 404);
    await authorizeCaseCommand(tx, actor, "decide_extension", request.caseId);
    // Compare-and-set on the request's own state: two officers cannot both decide it.
    const { count } = await tx.extensionRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: input.approve ? "APPROVED" : "REFUSED", decidedById: actor.userId, decidedAt: now, decisionNote: input.note },
    });
    if (count !== 1) throw new AppError("conflict", 409);
    const c = request.case;
    if (input.approve) {
      await tx.case.update({ where: { id: c.id }, data: { dueAt: request.proposedDueAt, version: { increment: 1 } } });
      await scheduleDeadlineTimers(tx, { caseId: c.id, dueAt: request.proposedDueAt, overrides: await loadCalendarOverrides(tx) });
      await notifyWorker(tx, { caseId: c.id, phone: c.contactPhone, kind: "extension_approved", payload: { reference: c.reference, dueAt: request.proposedDueAt.toISOString() } });
    }
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        type: input.approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
        actorKind: "STAFF",
        actorId: actor.userId,
        // The worker sees a moved deadline; a refusal is internal.
        public: input.approve,
        note: input.approve ? null : (input.note ?? null),
        payload: { extensionId: request.id, from: c.dueAt?.toISOString() ?? null, to: request.proposedDueAt.toISOString() },
      },
    });
    await notifyStaff(tx, { caseId: c.id, kind: "extension_decided", userIds: await staffRecipients(tx, { departmentId: c.leadDepartmentId, roles: ["LIAISON"] }), payload: { reference: c.reference, approved: input.approve } });
    return { approved: input.approve, dueAt: input.approve ? request.proposedDueAt : c.dueAt };
  });
}
