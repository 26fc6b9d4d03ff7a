import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CASE_ASSIGNMENT_SELECT, caseAssignment } from "../../access";
import { decideCaseCommand, type CaseCommand } from "../commands";
import type { StaffActor } from "./context";

type Tx = Prisma.TransactionClient;

/**
 * The one check every case command makes before it writes: the command table (commands.ts) against
 * the case's departments as this transaction reads them. A denial is recorded in AccessLog, as the
 * case page records one, and thrown as "not_found" (or "forbidden" to someone who may see the case).
 * The log row goes through `db`, not `tx`: the caller's transaction rolls back on the throw, and the
 * record of the attempt must survive it.
 */
export async function authorizeCaseCommand(tx: Tx, actor: StaffActor, command: CaseCommand, caseId: string) {
  const c = await tx.case.findUnique({ where: { id: caseId }, select: CASE_ASSIGNMENT_SELECT });
  const decision = c ? decideCaseCommand(command, caseAssignment(c), actor) : "not_found";
  if (decision === "ok") return;
  if (c) await db.accessLog.create({ data: { userId: actor.userId, caseId, action: `DENIED_${command.toUpperCase()}` } });
  throw decision === "forbidden" ? new AppError("forbidden", 403) : new AppError("not_found", 404);
}
