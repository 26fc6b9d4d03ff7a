import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelSupervisionTimers, scheduleSupervisionTimers } from "@/lib/jobs/deadlines";
import { notifyStaff } from "@/lib/notify/mutations";
import { chinaDate } from "@/lib/time/china";
import { addWorkingDays } from "../calendar";
import { loadCalendarOverrides } from "../data";
import { CHASEABLE_STATUSES } from "../workflow";
import { authorizeCaseCommand } from "./authorize";
import { caseNotificationPayload, leadDepartmentAndHead } from "./chase";
import type { StaffActor } from "./context";

const CASE_SELECT = { status: true, leadDepartmentId: true, reference: true, dueAt: true, category: { select: { nameZh: true, nameEn: true } } } as const;

/** 督〔2026〕第0012号: the year and a four-digit number within it. */
export function supervisionNumber(year: number, seq: number): string {
  return `督〔${year}〕第${String(seq).padStart(4, "0")}号`;
}

type OpenInput = { caseId: string; reason: string; orderedBy?: string; replyWorkingDays: number };

/**
 * 督办: a numbered order the lead department must answer (督办反馈) within some working days, before
 * the case may be resolved. Numbers run per China year; an advisory lock serialises the count so two
 * officers never take the same number (the unique index would refuse it anyway). Its reminder, chase
 * and escalation are queued in the same transaction, like a case deadline's.
 */
export async function openSupervisionOrder(actor: StaffActor, input: OpenInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "supervise", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: CASE_SELECT });
    // Supervision presses the lead department: only while it holds the case, as a 催办.
    if (!CHASEABLE_STATUSES.includes(c.status) || !c.leadDepartmentId) throw new AppError("not_chaseable", 409);
    const year = Number(chinaDate(now).slice(0, 4));
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('nuanxin_supervision_number'), ${year}::int)`;
    const last = await tx.supervisionOrder.aggregate({ where: { year }, _max: { seq: true } });
    const seq = (last._max.seq ?? 0) + 1;
    const overrides = await loadCalendarOverrides(tx);
    const dueAt = addWorkingDays(now, input.replyWorkingDays, overrides);
    const order = await tx.supervisionOrder.create({
      data: { caseId: input.caseId, year, seq, number: supervisionNumber(year, seq), reason: input.reason, orderedBy: input.orderedBy || null, dueAt, createdById: actor.userId, createdAt: now },
    });
    await tx.caseEvent.create({
      data: {
        caseId: input.caseId, type: "SUPERVISION_OPENED", actorKind: "STAFF", actorId: actor.userId, public: false, note: input.reason,
        payload: { orderId: order.id, number: order.number, orderedBy: order.orderedBy, dueAt: dueAt.toISOString() },
      },
    });
    await scheduleSupervisionTimers(tx, { orderId: order.id, dueAt, overrides });
    await notifyStaff(tx, {
      caseId: input.caseId,
      kind: "supervision_opened",
      userIds: await leadDepartmentAndHead(tx, c.leadDepartmentId),
      payload: { ...caseNotificationPayload(c), number: order.number, reason: input.reason, dueAt: dueAt.toISOString() },
    });
    return order;
  });
}

/**
 * 督办反馈: a liaison of the lead department answers the order, once. The compare-and-set on
 * "not yet answered" lets only the first of two answers through; the order's timers are removed
 * and whoever opened it is told.
 */
export async function answerSupervisionOrder(actor: StaffActor, input: { orderId: string; answer: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const order = await tx.supervisionOrder.findUnique({ where: { id: input.orderId } });
    if (!order) throw new AppError("not_found", 404);
    await authorizeCaseCommand(tx, actor, "answer_supervision", order.caseId);
    const { count } = await tx.supervisionOrder.updateMany({ where: { id: order.id, answeredAt: null }, data: { answer: input.answer, answeredById: actor.userId, answeredAt: now } });
    if (count !== 1) throw new AppError("conflict", 409);
    await tx.caseEvent.create({
      data: { caseId: order.caseId, type: "SUPERVISION_ANSWERED", actorKind: "STAFF", actorId: actor.userId, public: false, note: input.answer, payload: { orderId: order.id, number: order.number } },
    });
    await cancelSupervisionTimers(tx, order.id);
    const c = await tx.case.findUniqueOrThrow({ where: { id: order.caseId }, select: CASE_SELECT });
    await notifyStaff(tx, { caseId: order.caseId, kind: "supervision_answered", userIds: [order.createdById], payload: { ...caseNotificationPayload(c), number: order.number } });
    return { answeredAt: now };
  });
}
