/**
 * One connection budget per app instance (DATABASE_POOL_SIZE, default 10), split between every
 * pool the instance opens, so that N instances never hold more than N × budget connections
 * (README: "Connections"). Each pool names itself in application_name, so pg_stat_activity
 * shows who holds what.
 */
export type PoolShares = { prisma: number; feeds: number; rateLimits: number; jobs: number; jobConcurrency: number };

export const DEFAULT_POOL_SIZE = 10;
/** Prisma 1, feeds 1, rate limits 1, and the worker's job + LISTEN + housekeeping connections. */
export const MIN_POOL_SIZE = 6;
const MIN_WITHOUT_JOBS = 3;

export class PoolBudgetError extends Error {}

export function poolShares(total: number, jobsEnabled: boolean): PoolShares {
  const min = jobsEnabled ? MIN_POOL_SIZE : MIN_WITHOUT_JOBS;
  if (!Number.isInteger(total) || total < min) {
    throw new PoolBudgetError(`DATABASE_POOL_SIZE must be a whole number of at least ${min} (one connection for each pool${jobsEnabled ? ", three for the job worker" : ""})`);
  }
  // graphile-worker needs one connection per concurrent job plus LISTEN and housekeeping.
  const jobConcurrency = jobsEnabled ? (total >= 20 ? 2 : 1) : 0;
  const jobs = jobsEnabled ? jobConcurrency + 2 : 0;
  // A rate-limit check is one short upsert per submission: one connection carries it until
  // the instance is large.
  const rateLimits = total >= 20 ? 2 : 1;
  const rest = total - jobs - rateLimits;
  // The map feeds are the hottest reads but each query is short: a third of what is left.
  const feeds = Math.max(1, Math.floor(rest / 3));
  return { prisma: rest - feeds, feeds, rateLimits, jobs, jobConcurrency };
}

/** This process's shares, from the environment. */
export function instancePoolShares(env: Record<string, string | undefined> = process.env): PoolShares {
  const total = env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : DEFAULT_POOL_SIZE;
  return poolShares(total, env.JOBS_DISABLED !== "1");
}

/** The application_name a pool reports, e.g. "nuanxin:feeds". */
export function poolName(pool: keyof Omit<PoolShares, "jobConcurrency">): string {
  return `nuanxin:${pool}`;
}
