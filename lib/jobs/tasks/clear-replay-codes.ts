import "server-only";
import type { Task } from "graphile-worker";
import { clearExpiredReplayCodes } from "@/lib/cases/intake/mutations";

/** Hourly (the crontab in lib/jobs/worker.ts): replay copies of tracking codes past their 24-hour window. */
export const clearReplayCodes: Task = async (_payload, helpers) => {
  const cleared = await clearExpiredReplayCodes(new Date());
  if (cleared) helpers.logger.info(`Cleared ${cleared} expired replay code(s)`);
};
