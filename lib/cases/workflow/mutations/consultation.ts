import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transitionCase } from "./core";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";

/** 联席会商 begins: the case waits on several departments deciding together. */
export async function startConsultation(actor: StaffActor, input: { caseId: string; version: number; note?: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "start_consultation", input.caseId);
    return transitionCase({ tx, caseId: input.caseId, name: "start_consultation", actor, expectedVersion: input.version, note: input.note });
  });
}

type ConsultationInput = {
  caseId: string;
  heldAt: Date;
  departmentIds: string[];
  participants: string;
  minutes: string;
  decisions: string;
  actionItems: { ownerDepartmentId: string; description: string; dueAt: Date }[];
};

/** Records the meeting: who took part, minutes, decisions, and action items with owners and deadlines. */
export async function recordConsultation(actor: StaffActor, input: ConsultationInput) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "record_consultation", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true } });
    if (c.status !== "CONSULTATION") throw new AppError("conflict", 409);
    const owners = new Set([...input.departmentIds, ...input.actionItems.map((a) => a.ownerDepartmentId)]);
    if ((await tx.department.count({ where: { id: { in: [...owners] } } })) !== owners.size) throw new AppError("validation", 400);
    const consultation = await tx.consultation.create({
      data: {
        caseId: input.caseId,
        heldAt: input.heldAt,
        participants: input.participants,
        minutes: input.minutes,
        decisions: input.decisions,
        createdById: actor.userId,
        departments: { create: [...new Set(input.departmentIds)].map((departmentId) => ({ departmentId })) },
        actionItems: { create: input.actionItems.map((a) => ({ caseId: input.caseId, ...a })) },
      },
    });
    await tx.caseEvent.create({
      data: {
        caseId: input.caseId,
        type: "CONSULTATION_RECORDED",
        actorKind: "STAFF",
        actorId: actor.userId,
        public: false,
        note: input.decisions,
        payload: { consultationId: consultation.id, actionItems: input.actionItems.length, departments: input.departmentIds.length },
      },
    });
    return consultation;
  });
}

/** Ends the consultation; refused until its decisions are on record. */
export async function concludeConsultation(actor: StaffActor, input: { caseId: string; version: number; note?: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "conclude_consultation", input.caseId);
    const started = await tx.caseEvent.findFirst({ where: { caseId: input.caseId, toStatus: "CONSULTATION" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    const recorded = await tx.consultation.count({ where: { caseId: input.caseId, decisions: { not: null }, createdAt: { gte: started?.createdAt ?? new Date(0) } } });
    if (!recorded) throw new AppError("decisions_required", 409);
    return transitionCase({ tx, caseId: input.caseId, name: "conclude_consultation", actor, expectedVersion: input.version, note: input.note });
  });
}
