import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelDeadlineTimers, scheduleDeadlineTimers } from "@/lib/jobs/deadlines";
import { staffRecipients } from "@/lib/notify/data";
import { notifyStaff, notifyWorker } from "@/lib/notify/mutations";
import { addWorkingDays, deadlineFrom, workingDaysBetween } from "../calendar";
import { transitionCase } from "./core";
import { authorizeCaseCommand } from "./authorize";
import type { StaffActor } from "./context";
import { findSlaRule, loadCalendarOverrides } from "../data";

type DispatchInput = { caseId: string; version: number; leadDepartmentId: string; assistingDepartmentIds: string[]; note?: string };

/**
 * 派单: one lead department and any assisting ones; the deadline comes from the SLA rule and the
 * working-day calendar, and its reminder, 催办 and escalation timers are queued in the same
 * transaction. Also used to redispatch a returned case and to dispatch a reopened one (重办).
 */
export async function dispatchCase(actor: StaffActor, input: DispatchInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "dispatch", input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true, categoryCode: true, priority: true, contactPhone: true, reference: true } });
    const name = c.status === "RETURNED" ? "redispatch" : c.status === "REOPENED" ? "dispatch_reopened" : "dispatch";
    const assisting = [...new Set(input.assistingDepartmentIds)].filter((d) => d !== input.leadDepartmentId);
    const departments = await tx.department.count({ where: { id: { in: [input.leadDepartmentId, ...assisting] } } });
    if (departments !== assisting.length + 1) throw new AppError("validation", 400);
    const rule = await findSlaRule(tx, c.categoryCode, c.priority, "RESOLVE");
    const overrides = await loadCalendarOverrides(tx);
    const dueAt = deadlineFrom(now, rule ?? { amount: 5, unit: "WORKING_DAYS" }, overrides);
    const result = await transitionCase({
      tx,
      caseId: input.caseId,
      name,
      actor,
      expectedVersion: input.version,
      note: input.note,
      payload: { leadDepartmentId: input.leadDepartmentId, assistingDepartmentIds: assisting, dueAt: dueAt.toISOString() },
      data: { leadDepartmentId: input.leadDepartmentId, dueAt },
    });
    await tx.caseDepartment.deleteMany({ where: { caseId: input.caseId } });
    await tx.caseDepartment.createMany({
      data: [{ caseId: input.caseId, departmentId: input.leadDepartmentId, role: "LEAD" }, ...assisting.map((departmentId) => ({ caseId: input.caseId, departmentId, role: "ASSIST" as const }))],
    });
    await scheduleDeadlineTimers(tx, { caseId: input.caseId, dueAt, overrides });
    const liaisons = await staffRecipients(tx, { departmentId: input.leadDepartmentId, roles: ["LIAISON"] });
    const assistants = assisting.length ? await Promise.all(assisting.map((d) => staffRecipients(tx, { departmentId: d, roles: ["LIAISON"] }))) : [];
    await notifyStaff(tx, { caseId: input.caseId, kind: "dispatched", userIds: [...liaisons, ...assistants.flat()], payload: { reference: c.reference, dueAt: dueAt.toISOString() } });
    await notifyWorker(tx, { caseId: input.caseId, phone: c.contactPhone, kind: "dispatched", payload: { reference: c.reference, dueAt: dueAt.toISOString() } });
    return { ...result, dueAt };
  });
}

/** 签收: a liaison of the lead department takes the case on. */
export async function signCase(actor: StaffActor, input: { caseId: string; version: number; note?: string }) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "sign", input.caseId);
    return transitionCase({ tx, caseId: input.caseId, name: "sign", actor, expectedVersion: input.version, note: input.note });
  });
}

/** 退单: a wrong assignment goes back to the officer, within one working day of dispatch. */
export async function returnCase(actor: StaffActor, input: { caseId: string; version: number; reason: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    await authorizeCaseCommand(tx, actor, "return", input.caseId);
    const dispatched = await tx.caseEvent.findFirst({ where: { caseId: input.caseId, toStatus: "DISPATCHED" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    const overrides = await loadCalendarOverrides(tx);
    if (!dispatched || now > addWorkingDays(dispatched.createdAt, 1, overrides)) throw new AppError("return_window_passed", 409);
    const result = await transitionCase({ tx, caseId: input.caseId, name: "return", actor, expectedVersion: input.version, note: input.reason, payload: { reason: input.reason } });
    await cancelDeadlineTimers(tx, input.caseId);
    const c = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { reference: true } });
    await notifyStaff(tx, { caseId: input.caseId, kind: "returned", userIds: await staffRecipients(tx, { roles: ["OFFICER"] }), payload: { reference: c.reference, reason: input.reason } });
    return result;
  });
}

/** Working days a case is past its deadline (0 when not overdue): for flags and escalation. */
export function overdueWorkingDays(dueAt: Date | null, now: Date, overrides: ReadonlyMap<string, "HOLIDAY" | "WORKDAY">): number {
  if (!dueAt || now <= dueAt) return 0;
  return workingDaysBetween(dueAt, now, overrides) + 1;
}
