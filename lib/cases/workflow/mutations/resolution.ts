import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelDeadlineTimers } from "@/lib/jobs/deadlines";
import { notifyWorker } from "@/lib/notify/mutations";
import { transitionCase } from "./core";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";

/** 办结: the outcome and a public reply to the worker, who is then asked to rate it. */
export async function resolveCase(actor: StaffActor, input: { caseId: string; version: number; outcome: "RESOLVED" | "EXPLAINED" | "REFERRED"; reply: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "resolve", input.caseId);
    // 督办: the lead department answers every order before the case may be resolved.
    if (await tx.supervisionOrder.count({ where: { caseId: input.caseId, answeredAt: null } })) throw new AppError("supervision_unanswered", 409);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { contactPhone: true, reference: true } });
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name: "resolve",
      actor,
      expectedVersion: input.version,
      note: input.reply,
      payload: { outcome: input.outcome },
      data: { resolution: input.outcome, resolvedAt: now, rating: null, ratingComment: null, ratedAt: null },
    });
    await cancelDeadlineTimers(tx, input.caseId);
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "resolved", payload: { reference: c.reference } });
    return result;
  });
}

/** 成效评估: the officer's assessment closes the loop after the worker's rating. */
export async function assessCase(actor: StaffActor, input: { caseId: string; version: number; score: number; note?: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "assess", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { contactPhone: true, reference: true } });
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name: "assess",
      actor,
      expectedVersion: input.version,
      note: input.note,
      payload: { score: input.score },
      data: { assessmentScore: input.score, assessmentNote: input.note ?? null, closedAt: now },
    });
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "closed", payload: { reference: c.reference } });
    return result;
  });
}
