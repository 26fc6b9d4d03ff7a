import "server-only";
import { instancePoolShares } from "@/lib/pool-budget";
import { deadlineSettings } from "./deadlines";
import { startJobWorker, type JobWorker } from "./worker";

/** Upper bound on the wait at exit; the worker itself gives jobs 8 s, then fails them (~5 s). */
const GRACE_MS = 20_000;
const state = globalThis as unknown as { nuanxinJobWorker?: Promise<JobWorker> };

/**
 * Starts the job worker inside this Next.js server process (from instrumentation.ts), once even
 * if the hook runs again, and not at all with JOBS_DISABLED=1, without DATABASE_URL, or during
 * `next build`. A worker that cannot start stops the server: it would otherwise serve cases whose
 * deadlines nobody chases.
 */
export async function startServerJobWorker(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (process.env.JOBS_DISABLED === "1" || !url || process.env.NEXT_PHASE === "phase-production-build") return;
  if (state.nuanxinJobWorker) return;
  deadlineSettings(); // a bad CASE_REMINDER_HOURS / CASE_ESCALATE_AFTER_WORKING_DAYS fails here, at start
  // The worker takes its share of DATABASE_POOL_SIZE (lib/pool-budget.ts): concurrency + 2 connections.
  state.nuanxinJobWorker = startJobWorker({ connectionString: url, concurrency: instancePoolShares().jobConcurrency });
  stopOnSignals(await state.nuanxinJobWorker);
}

/**
 * Next.js handles SIGTERM by closing its HTTP server and calling process.exit, which would cut
 * running jobs off; graphile-worker only frees the lock of an abandoned job after 4 hours. So the
 * exit waits until the worker has finished or handed back its jobs, at most GRACE_MS.
 */
function stopOnSignals(worker: JobWorker): void {
  let stopping = false;
  const onSignal = (signal: "SIGTERM" | "SIGINT") => {
    if (stopping) return;
    stopping = true;
    const stopped = worker.stop();
    const exit = process.exit.bind(process);
    const deadline = new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref());
    process.exit = ((code?: number | string | null) => {
      void Promise.race([stopped, deadline]).then(() => exit(code));
    }) as typeof process.exit;
    // Nobody else handles the signal (NEXT_MANUAL_SIG_HANDLE): end the process as the default would.
    if (process.listenerCount(signal) === 0) void stopped.then(() => exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGTERM", () => onSignal("SIGTERM"));
  process.once("SIGINT", () => onSignal("SIGINT"));
}
