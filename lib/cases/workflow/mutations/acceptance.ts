import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelDeadlineTimers } from "@/lib/jobs/deadlines";
import { notifyWorker } from "@/lib/notify/mutations";
import { transitionCase } from "./core";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";

/**
 * 受理: the officer confirms category and priority. The 受理 deadline is met: its timers go, and
 * the case has no deadline until 派单 sets the one for handling.
 */
export async function acceptCase(actor: StaffActor, input: { caseId: string; version: number; category: string; priority: "NORMAL" | "COMPLEX" | "URGENT"; note?: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "accept", input.caseId);
    const category = await tx.caseCategory.findFirst({ where: { code: input.category, active: true } });
    if (!category) throw new AppError("validation", 400);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { contactPhone: true, reference: true } });
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name: "accept",
      actor,
      expectedVersion: input.version,
      note: input.note,
      payload: { category: input.category, priority: input.priority },
      data: { categoryCode: input.category, priority: input.priority, dueAt: null },
    });
    await cancelDeadlineTimers(tx, input.caseId);
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "accepted", payload: { reference: c.reference } });
    return result;
  });
}

/** 不予受理: the worker sees the reason and where to go instead. */
export async function declineCase(actor: StaffActor, input: { caseId: string; version: number; reason: string; suggestion: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "decline", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { contactPhone: true, reference: true } });
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name: "decline",
      actor,
      expectedVersion: input.version,
      note: `${input.reason}\n${input.suggestion}`,
      payload: { reason: input.reason, suggestion: input.suggestion },
      data: { closedAt: new Date() },
    });
    await cancelDeadlineTimers(tx, input.caseId);
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "declined", payload: { reference: c.reference } });
    return result;
  });
}

/** 合并: a duplicate joins an existing case; the worker is told which one. */
export async function mergeCase(actor: StaffActor, input: { caseId: string; version: number; targetReference: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "merge", input.caseId);
    const [c, target] = await Promise.all([
      tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { contactPhone: true, reference: true } }),
      tx.case.findUnique({ where: { reference: input.targetReference }, select: { id: true, reference: true, status: true } }),
    ]);
    if (!target || target.id === input.caseId || target.status === "MERGED") throw new AppError("validation", 400);
    await authorizeCaseCommand(tx, actor, "merge_target", target.id);
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name: "merge",
      actor,
      expectedVersion: input.version,
      note: target.reference,
      payload: { mergedInto: target.reference },
      data: { mergedIntoId: target.id, closedAt: new Date() },
    });
    await cancelDeadlineTimers(tx, input.caseId);
    await tx.case.update({ where: { id: target.id }, data: { supporterCount: { increment: 1 } } });
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "merged", payload: { reference: c.reference, mergedInto: target.reference } });
    return result;
  });
}
