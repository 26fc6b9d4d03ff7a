import "server-only";
import { EventEmitter } from "node:events";
import { parseCronItems, run, type Runner, type WorkerEvents, type WorkerPool } from "graphile-worker";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { poolName } from "@/lib/pool-budget";
import { jobsLogger } from "./logger";
import { taskList } from "./task-list";

/**
 * graphile-worker's crontab: one instance schedules each tick (graphile records it in
 * known_crontabs), so several app instances still close unrated cases once an hour.
 */
const cronItems = parseCronItems([
  { task: "close_unrated_cases", match: "0 * * * *", identifier: "close_unrated_cases" },
  { task: "purge_rate_limits", match: "*/15 * * * *", identifier: "purge_rate_limits" },
  { task: "redact_expired_cases", match: "30 * * * *", identifier: "redact_expired_cases" },
  { task: "clear_replay_codes", match: "45 * * * *", identifier: "clear_replay_codes" },
  { task: "purge_orphan_photos", match: "50 * * * *", identifier: "purge_orphan_photos" },
]);

export type JobWorker = { stop(): Promise<void>; running(): boolean };

/**
 * Runs queued jobs and the crontab until stopped. Every instance of the app may run one: a job
 * is locked by the worker that takes it (SKIP LOCKED), so each runs once, and a failure is
 * retried with back-off up to the job's max_attempts (visible in /admin/jobs).
 */
export async function startJobWorker(opts: { connectionString: string; concurrency?: number }): Promise<JobWorker> {
  const concurrency = opts.concurrency ?? 2;
  const events: WorkerEvents = new EventEmitter();
  const pools: WorkerPool[] = [];
  events.on("pool:create", ({ workerPool }) => pools.push(workerPool));
  events.on("job:success", ({ job }) => metrics().jobs.inc({ task: job.task_identifier, outcome: "success" }));
  events.on("job:error", ({ job }) => metrics().jobs.inc({ task: job.task_identifier, outcome: "failure" }));
  // Named, so that pg_stat_activity shows the worker's share of the connection budget.
  const connectionString = new URL(opts.connectionString);
  connectionString.searchParams.set("application_name", poolName("jobs"));
  const runner = await run({
    connectionString: connectionString.toString(),
    concurrency,
    // One connection per concurrent job, one for LISTEN, one for the crontab and housekeeping.
    maxPoolSize: concurrency + 2,
    logger: jobsLogger,
    taskList,
    parsedCronItems: cronItems,
    // The server process owns its signals; lib/jobs/start.ts calls stop() on SIGTERM.
    noHandleSignals: true,
    events,
  });
  // A worker that dies (e.g. the database went away for good) is logged, not an unhandled rejection.
  let alive = true;
  runner.promise.then(
    () => (alive = false),
    (err) => {
      alive = false;
      log.error({ err }, "job worker stopped with an error");
    },
  );
  let stopped: Promise<void> | undefined;
  return { stop: () => (stopped ??= stopRunner(runner, pools)), running: () => alive && !stopped };
}

/** How long running jobs may take to finish when the worker stops. */
const GRACEFUL_MS = 6_000; // within lib/shutdown.ts's EXIT_WITHIN_MS, with time left to fail the rest

/**
 * Lets running jobs finish, then has graphile fail the ones still running (they are retried
 * within seconds by another instance or the next start) instead of leaving them locked, which
 * graphile-worker only undoes after 4 hours.
 */
async function stopRunner(runner: Runner, pools: WorkerPool[]): Promise<void> {
  // stop() rejects only when the runner has already stopped by itself: nothing left to do.
  const graceful = runner.stop().then(
    () => true,
    () => true,
  );
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), GRACEFUL_MS).unref());
  if (await Promise.race([graceful, timer])) return;
  // runner.kill() does nothing once stop() has begun (0.17), so fail the jobs through the pool.
  await Promise.allSettled(pools.map((p) => p.forcefulShutdown("The worker stopped before the job finished")));
}
