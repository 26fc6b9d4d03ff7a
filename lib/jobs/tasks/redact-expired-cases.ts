import "server-only";
import type { Task } from "graphile-worker";
import { redactExpiredCases } from "@/lib/cases/privacy/retention";

/** Hourly (the crontab in lib/jobs/worker.ts): PIPL retention, and deletions workers asked for. */
export const redactExpiredCasesTask: Task = async (_payload, helpers) => {
  const redacted = await redactExpiredCases(new Date());
  if (redacted) helpers.logger.info(`Redacted ${redacted} closed case(s)`);
};
