import "server-only";
import type { Task } from "graphile-worker";
import { fireDeadlineTimer } from "../fire-deadline-timer";

/** 催办, 09:00 on the first working day after the deadline: the liaisons and the officers. */
export const caseDeadlineChase: Task = async (payload) => {
  await fireDeadlineTimer("chase", payload);
};
