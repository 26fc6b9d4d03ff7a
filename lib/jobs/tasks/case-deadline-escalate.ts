import "server-only";
import type { Task } from "graphile-worker";
import { fireDeadlineTimer } from "../fire-deadline-timer";

/** The deadline passed N working days ago (CASE_ESCALATE_AFTER_WORKING_DAYS): department heads and officers. */
export const caseDeadlineEscalate: Task = async (payload) => {
  await fireDeadlineTimer("escalate", payload);
};
