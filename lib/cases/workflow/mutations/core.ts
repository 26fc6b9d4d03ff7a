import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scheduleDeadlineTimers } from "@/lib/jobs/deadlines";
import { deadlineFrom } from "../calendar";
import { findSlaRule, loadCalendarOverrides } from "../data";
import { canTransition, TRANSITIONS, type Actor, type TransitionName } from "../workflow";

type Tx = Prisma.TransactionClient;

export type NewCase = Omit<Prisma.CaseUncheckedCreateInput, "id" | "events" | "photos"> & {
  photos: { storageKey: string; width: number; height: number; bytes: number }[];
};

/** Used when no ACCEPT rule matches (the seed has one for every priority): 受理 within a working day. */
const DEFAULT_ACCEPT_RULE = { amount: 1, unit: "WORKING_DAYS" } as const;

/**
 * Inserts a case, its photos and its first event in one transaction. The 受理 deadline (SLA stage
 * ACCEPT, on the working-day calendar) and its reminder, chase and escalation timers are set in the
 * same transaction, so no case waits for acceptance unwatched; accept, decline and merge cancel them.
 */
export async function insertCase(data: NewCase, actor: Actor, now = new Date()) {
  const { photos, ...fields } = data;
  return db.$transaction(async (tx) => {
    const rule = await findSlaRule(tx, fields.categoryCode, fields.priority ?? "NORMAL", "ACCEPT");
    const overrides = await loadCalendarOverrides(tx);
    const dueAt = deadlineFrom(now, rule ?? DEFAULT_ACCEPT_RULE, overrides);
    const created = await tx.case.create({ data: { ...fields, dueAt, photos: { create: photos } } });
    await scheduleDeadlineTimers(tx, { caseId: created.id, dueAt, overrides });
    await tx.caseEvent.create({
      data: {
        caseId: created.id,
        type: "SUBMITTED",
        actorKind: actor.kind,
        actorId: actor.kind === "STAFF" ? actor.userId : null,
        public: true,
        toStatus: "SUBMITTED",
        payload: { channel: fields.channel },
      },
    });
    return created;
  });
}

/**
 * Moves a case along the workflow: checks the transition table, then a compare-and-set update on
 * (id, status, version) and an event row, in one transaction. A concurrent change makes the
 * update match nothing, and the caller gets a "changed by someone else" conflict.
 */
export async function transitionCase(args: {
  caseId: string;
  name: TransitionName;
  actor: Actor;
  expectedVersion?: number;
  note?: string;
  payload?: Prisma.InputJsonValue;
  data?: Prisma.CaseUncheckedUpdateManyInput;
  tx?: Tx;
}) {
  const run = async (tx: Tx) => {
    const current = await tx.case.findUnique({ where: { id: args.caseId }, select: { status: true, version: true, leadDepartmentId: true } });
    if (!current) throw new AppError("not_found", 404);
    if (args.expectedVersion !== undefined && args.expectedVersion !== current.version) throw new AppError("conflict", 409);
    const allowed = canTransition(args.name, current, args.actor);
    if (!allowed.ok) throw new AppError(allowed.reason === "wrong_state" ? "conflict" : "forbidden", allowed.reason === "wrong_state" ? 409 : 403);
    const t = TRANSITIONS[args.name];
    const { count } = await tx.case.updateMany({
      where: { id: args.caseId, status: current.status, version: current.version },
      data: { ...args.data, status: t.to, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("conflict", 409);
    await tx.caseEvent.create({
      data: {
        caseId: args.caseId,
        type: args.name.toUpperCase(),
        actorKind: args.actor.kind,
        actorId: args.actor.kind === "STAFF" ? args.actor.userId : null,
        public: t.public,
        fromStatus: current.status,
        toStatus: t.to,
        note: args.note,
        payload: args.payload ?? {},
      },
    });
    return { from: current.status, to: t.to, version: current.version + 1 };
  };
  return args.tx ? run(args.tx) : db.$transaction(run);
}

/** "我也遇到": another worker has the same problem. Counted without storing who they are. */
export async function addSupporter(caseId: string) {
  await db.$transaction([
    db.case.update({ where: { id: caseId }, data: { supporterCount: { increment: 1 } } }),
    db.caseEvent.create({ data: { caseId, type: "SUPPORTER_ADDED", actorKind: "WORKER", public: false } }),
  ]);
}
