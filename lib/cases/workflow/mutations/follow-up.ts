import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reopenCap } from "@/lib/cases/tracking/track-and-rate";
import type { TransitionName } from "../workflow";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";
import { transitionCase } from "./core";

type Rating = "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED";
type FollowUpInput = { caseId: string; version: number; reached: boolean; solved: boolean | null; rating?: Rating; note: string };

/**
 * 回访: an officer records a call-back on a resolved case. A reached call with a satisfaction answer
 * is the case's evaluation, as the worker's own rating would be: satisfied closes the loop,
 * unsatisfied reopens it (重办) until the reopen cap and then flags it for a supervisor. An unreached
 * call, or one without a satisfaction answer, is recorded (internal event) and leaves the case as it is.
 */
export async function recordFollowUp(actor: StaffActor, input: FollowUpInput) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "follow_up", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true, version: true, reopenCount: true } });
    if (c.status !== "RESOLVED") throw new AppError("not_awaiting_rating", 409);
    if (c.version !== input.version) throw new AppError("conflict", 409);
    const rating = input.reached ? input.rating : undefined;
    const call = await tx.followUpCall.create({
      data: { caseId: input.caseId, reached: input.reached, solved: input.reached ? input.solved : null, rating: rating ?? null, note: input.note, createdById: actor.userId },
    });
    const payload = { followUpId: call.id, reached: input.reached, solved: call.solved, rating: rating ?? null };
    if (!rating) {
      await tx.caseEvent.create({
        data: { caseId: input.caseId, type: input.reached ? "FOLLOW_UP" : "FOLLOW_UP_UNREACHED", actorKind: "STAFF", actorId: actor.userId, public: false, note: input.note, payload },
      });
      return { call, status: c.status };
    }
    const name: TransitionName =
      rating !== "UNSATISFIED" ? "follow_up_satisfied" : c.reopenCount < reopenCap() ? "follow_up_unsatisfied_reopen" : "follow_up_unsatisfied_capped";
    // The note is the officer's record of the call: internal; the public step says only the outcome.
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name,
      actor,
      expectedVersion: input.version,
      payload,
      data: {
        rating,
        ratedAt: new Date(),
        ...(name === "follow_up_unsatisfied_reopen" ? { reopenCount: { increment: 1 } } : {}),
        ...(name === "follow_up_unsatisfied_capped" ? { needsSupervisor: true } : {}),
      },
    });
    return { call, status: result.to };
  });
}
