import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";

/** A reply to the worker (public, lead department only) or an internal note, without changing the case's stage. */
export async function addCaseNote(actor: StaffActor, input: { caseId: string; text: string; public: boolean }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, input.public ? "public_reply" : "internal_note", input.caseId);
    return tx.caseEvent.create({
      data: { caseId: input.caseId, type: input.public ? "PUBLIC_REPLY" : "INTERNAL_NOTE", actorKind: "STAFF", actorId: actor.userId, public: input.public, note: input.text },
    });
  });
}

/** Only an officer may see a worker's full phone number, and the reason is recorded. */
export async function revealPhone(actor: StaffActor, input: { caseId: string; reason: string }): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "reveal_phone", input.caseId);
    const c = await tx.case.findUnique({ where: { id: input.caseId }, select: { contactPhone: true } });
    if (!c) throw new AppError("not_found", 404);
    await tx.accessLog.create({ data: { userId: actor.userId, caseId: input.caseId, action: "REVEAL_PHONE", reason: input.reason } });
    return c.contactPhone;
  });
}
