import "server-only";
import { addWorkingDays, type CalendarOverrides } from "@/lib/cases/workflow/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chinaDate, chinaInstant } from "@/lib/time/china";
import { dequeue, enqueue } from "./enqueue";

export type DeadlineTimer = "reminder" | "chase" | "escalate";

const TASKS = { reminder: "case_deadline_reminder", chase: "case_deadline_chase", escalate: "case_deadline_escalate" } as const;
const TIMERS = Object.keys(TASKS) as DeadlineTimer[];

export type DeadlineSettings = { reminderHours: number; escalateAfterWorkingDays: number };

/**
 * CASE_REMINDER_HOURS (default 24) and CASE_ESCALATE_AFTER_WORKING_DAYS (default 2). A bad value
 * throws: the server checks these at start (lib/jobs/start.ts) rather than at the first dispatch.
 */
export function deadlineSettings(env: Record<string, string | undefined> = process.env): DeadlineSettings {
  const read = (name: string, fallback: number, integer: boolean) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new Error(`${name} must be a positive ${integer ? "whole " : ""}number, got "${raw}"`);
    }
    return value;
  };
  return {
    reminderHours: read("CASE_REMINDER_HOURS", 24, false),
    escalateAfterWorkingDays: read("CASE_ESCALATE_AFTER_WORKING_DAYS", 2, true),
  };
}

/** 09:00 China time on a China date: offices open, so a chase arrives when someone can act on it. */
function nineAmChina(date: string): Date {
  return chinaInstant(`${date}T09:00`);
}

/**
 * When each timer of a deadline fires: the reminder some hours before it; the chase (催办) at 09:00
 * on the first working day after the due date; the escalation at 09:00 on the day that is N
 * working days after it. Weekends, holidays and make-up working days come from `overrides`.
 */
export function deadlineTimerTimes(
  dueAt: Date,
  overrides: CalendarOverrides,
  env: Record<string, string | undefined> = process.env,
): Record<DeadlineTimer, Date> {
  const { reminderHours, escalateAfterWorkingDays } = deadlineSettings(env);
  return {
    reminder: new Date(dueAt.getTime() - reminderHours * 3_600_000),
    chase: nineAmChina(chinaDate(addWorkingDays(dueAt, 1, overrides))),
    escalate: nineAmChina(chinaDate(addWorkingDays(dueAt, escalateAfterWorkingDays, overrides))),
  };
}

function jobKey(caseId: string, timer: DeadlineTimer): string {
  return `case:${caseId}:${timer}`;
}

/**
 * Queues the three timers of a case's deadline in the caller's transaction. The job keys replace
 * the timers of an earlier deadline (an extension); a timer already running for the old deadline
 * finds the dueAt changed and does nothing.
 */
export async function scheduleDeadlineTimers(
  tx: Prisma.TransactionClient,
  args: { caseId: string; dueAt: Date; overrides: CalendarOverrides },
): Promise<void> {
  const times = deadlineTimerTimes(args.dueAt, args.overrides);
  const payload = { caseId: args.caseId, dueAt: args.dueAt.toISOString() };
  for (const timer of TIMERS) {
    await enqueue(tx, TASKS[timer], payload, { runAt: times[timer], jobKey: jobKey(args.caseId, timer) });
  }
}

const SUPERVISION_TASKS = { reminder: "supervision_reminder", chase: "supervision_chase", escalate: "supervision_escalate" } as const;
const supervisionKey = (orderId: string, timer: DeadlineTimer) => `supervision:${orderId}:${timer}`;

/** A 督办 order's reply deadline gets the same three timers as a case's deadline, keyed by the order. */
export async function scheduleSupervisionTimers(tx: Prisma.TransactionClient, args: { orderId: string; dueAt: Date; overrides: CalendarOverrides }): Promise<void> {
  const times = deadlineTimerTimes(args.dueAt, args.overrides);
  const payload = { orderId: args.orderId, dueAt: args.dueAt.toISOString() };
  for (const timer of TIMERS) {
    await enqueue(tx, SUPERVISION_TASKS[timer], payload, { runAt: times[timer], jobKey: supervisionKey(args.orderId, timer) });
  }
}

/** Once the order is answered its timers have nothing left to chase. */
export async function cancelSupervisionTimers(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  await dequeue(
    tx,
    TIMERS.map((timer) => supervisionKey(orderId, timer)),
  );
}

/** Removes the pending timers of a case, e.g. once it is resolved or returned. */
export async function cancelDeadlineTimers(tx: Prisma.TransactionClient, caseId: string): Promise<void> {
  await dequeue(
    tx,
    TIMERS.map((timer) => jobKey(caseId, timer)),
  );
}
