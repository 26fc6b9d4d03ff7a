import "server-only";
import type { Task } from "graphile-worker";
import { purgeExpiredRateLimits } from "@/lib/http/rate-limit";

/** Every 15 minutes (the crontab in lib/jobs/worker.ts): counters are kept only while they count. */
export const purgeRateLimits: Task = async (_payload, helpers) => {
  const removed = await purgeExpiredRateLimits(new Date());
  if (removed) helpers.logger.info(`Removed ${removed} expired rate-limit counter(s)`);
};
