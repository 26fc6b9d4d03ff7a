import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StaffActor } from "./context";

/** A reply to the worker (public) or an internal note, without changing the case's stage. */
export async function addCaseNote(actor: StaffActor, input: { caseId: string; text: string; public: boolean }) {
  if (actor.role !== "OFFICER" && actor.role !== "LIAISON") throw new AppError("forbidden", 403);
  return db.caseEvent.create({
    data: { caseId: input.caseId, type: input.public ? "PUBLIC_REPLY" : "INTERNAL_NOTE", actorKind: "STAFF", actorId: actor.userId, public: input.public, note: input.text },
  });
}

/** Only an officer may see a worker's full phone number, and the reason is recorded. */
export async function revealPhone(actor: StaffActor, input: { caseId: string; reason: string }): Promise<string | null> {
  if (actor.role !== "OFFICER") throw new AppError("forbidden", 403);
  return db.$transaction(async (tx) => {
    const c = await tx.case.findUnique({ where: { id: input.caseId }, select: { contactPhone: true } });
    if (!c) throw new AppError("not_found", 404);
    await tx.accessLog.create({ data: { userId: actor.userId, caseId: input.caseId, action: "REVEAL_PHONE", reason: input.reason } });
    return c.contactPhone;
  });
}
