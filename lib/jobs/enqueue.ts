import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The tasks the worker runs (lib/jobs/tasks/*) and the payload each takes. */
export type JobPayloads = {
  send_notification: { notificationId: string };
  case_deadline_reminder: { caseId: string; dueAt: string };
  case_deadline_chase: { caseId: string; dueAt: string };
  case_deadline_escalate: { caseId: string; dueAt: string };
  supervision_reminder: { orderId: string; dueAt: string };
  supervision_chase: { orderId: string; dueAt: string };
  supervision_escalate: { orderId: string; dueAt: string };
  /** Hourly from the crontab (lib/jobs/worker.ts); graphile adds its own `_cron` field. */
  close_unrated_cases: Record<string, never>;
  /** Every 15 minutes from the crontab: rate-limit counters whose window has passed. */
  purge_rate_limits: Record<string, never>;
  /** Hourly from the crontab: case photo files left by a submission that never committed. */
  purge_orphan_photos: Record<string, never>;
  /** Hourly from the crontab: closed cases past CASE_RETENTION_MONTHS, or whose worker asked. */
  redact_expired_cases: Record<string, never>;
  /** Hourly from the crontab: encrypted replay copies of tracking codes past the idempotency window. */
  clear_replay_codes: Record<string, never>;
};
export type JobName = keyof JobPayloads;

/**
 * Queues a job inside the caller's transaction (graphile-worker's add_job in the same database),
 * so that a state change and the work it causes commit or roll back together. A `jobKey`
 * replaces an earlier pending job with the same key (e.g. a deadline moved by an extension).
 */
export async function enqueue<N extends JobName>(
  tx: Prisma.TransactionClient,
  name: N,
  payload: JobPayloads[N],
  opts: { runAt?: Date; jobKey?: string; maxAttempts?: number } = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${name}::text,
    ${JSON.stringify(payload)}::json,
    run_at := ${opts.runAt ?? null}::timestamptz,
    job_key := ${opts.jobKey ?? null}::text,
    max_attempts := ${opts.maxAttempts ?? 10}::int
  )`;
}

/** Removes pending jobs, e.g. the deadline timers of a case that has been resolved. */
export async function dequeue(tx: Prisma.TransactionClient, jobKeys: string[]): Promise<void> {
  if (jobKeys.length) await tx.$executeRaw`SELECT graphile_worker.remove_job(k) FROM unnest(${jobKeys}::text[]) AS k`;
}
