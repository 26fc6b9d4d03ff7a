import "server-only";
import type { Task } from "graphile-worker";
import { closeUnratedCases } from "@/lib/cases/tracking/close-unrated";

/** Hourly (the crontab in lib/jobs/worker.ts): resolved cases unrated after 7 days close as 未评价. */
export const closeUnratedCasesTask: Task = async (_payload, helpers) => {
  const closed = await closeUnratedCases(new Date());
  if (closed) helpers.logger.info(`Closed ${closed} unrated case(s)`);
};
