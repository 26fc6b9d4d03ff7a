import "server-only";
import type { Task } from "graphile-worker";
import { fireDeadlineTimer } from "../fire-deadline-timer";

/** A day (CASE_REMINDER_HOURS) before the deadline: the lead department's liaisons. */
export const caseDeadlineReminder: Task = async (payload) => {
  await fireDeadlineTimer("reminder", payload);
};
