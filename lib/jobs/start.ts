import "server-only";
import { instancePoolShares } from "@/lib/pool-budget";
import { onShutdown } from "@/lib/shutdown";
import { deadlineSettings } from "./deadlines";
import { startJobWorker, type JobWorker } from "./worker";

const state = globalThis as unknown as { nuanxinJobWorker?: Promise<JobWorker> };

/**
 * Starts the job worker inside this Next.js server process (from instrumentation.ts), once even
 * if the hook runs again, and not at all with JOBS_DISABLED=1, without DATABASE_URL, or during
 * `next build`. A worker that cannot start stops the server: it would otherwise serve cases whose
 * deadlines nobody chases.
 */
export async function startServerJobWorker(): Promise<void> {
  // LISTEN/NOTIFY and graphile's session-level advisory locks do not survive PgBouncer's transaction
  // pooling: with a pooler in DATABASE_URL, DATABASE_DIRECT_URL reaches PostgreSQL itself.
  const url = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (process.env.JOBS_DISABLED === "1" || !url || process.env.NEXT_PHASE === "phase-production-build") return;
  if (state.nuanxinJobWorker) return;
  deadlineSettings(); // a bad CASE_REMINDER_HOURS / CASE_ESCALATE_AFTER_WORKING_DAYS fails here, at start
  // The worker takes its share of DATABASE_POOL_SIZE (lib/pool-budget.ts): concurrency + 2 connections.
  state.nuanxinJobWorker = startJobWorker({ connectionString: url, concurrency: instancePoolShares().jobConcurrency });
  const worker = await state.nuanxinJobWorker;
  // At SIGTERM the worker finishes its running jobs (6 s at most, then hands them back) before the
  // process exits: graphile-worker only frees the lock of an abandoned job after 4 hours.
  onShutdown("jobs", () => worker.stop());
}

/** For /api/ready: whether this instance's worker runs jobs ("disabled" where none should). */
export async function jobWorkerStatus(): Promise<"running" | "stopped" | "disabled"> {
  if (process.env.JOBS_DISABLED === "1") return "disabled";
  const worker = await state.nuanxinJobWorker?.catch(() => undefined);
  return worker?.running() ? "running" : "stopped";
}
