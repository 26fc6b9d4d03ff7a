import "server-only";
import { db } from "@/lib/db";

export type FailingJob = {
  id: string;
  taskIdentifier: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  key: string | null;
};

/**
 * Jobs that have failed at least once: still retrying (last_error set) or given up (attempts
 * used up; graphile-worker keeps those rows until someone deletes them). Newest failures first.
 */
export async function listFailingJobs(take = 200): Promise<FailingJob[]> {
  const rows = await db.$queryRaw<(Omit<FailingJob, "runAt"> & { runAt: Date | string })[]>`
    SELECT id::text AS id, task_identifier AS "taskIdentifier", attempts::int AS attempts,
           max_attempts::int AS "maxAttempts", last_error AS "lastError", run_at AS "runAt", key
    FROM graphile_worker.jobs
    WHERE attempts >= max_attempts OR last_error IS NOT NULL
    ORDER BY updated_at DESC, id DESC
    LIMIT ${take}`;
  return rows.map((r) => ({ ...r, runAt: new Date(r.runAt) }));
}
