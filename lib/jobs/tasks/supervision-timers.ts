import "server-only";
import type { Task } from "graphile-worker";
import { fireSupervisionTimer } from "../fire-supervision-timer";

/** The three timers of a 督办 order's reply deadline, as a case deadline has them. */
export const supervisionReminder: Task = async (payload) => {
  await fireSupervisionTimer("reminder", payload);
};
export const supervisionChase: Task = async (payload) => {
  await fireSupervisionTimer("chase", payload);
};
export const supervisionEscalate: Task = async (payload) => {
  await fireSupervisionTimer("escalate", payload);
};
