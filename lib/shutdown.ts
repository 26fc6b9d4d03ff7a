import { log } from "@/lib/observability/log";

/**
 * Graceful stop on SIGTERM / SIGINT (a deploy, `docker stop`, systemd). Next.js closes its HTTP
 * server (no new connections; requests in flight finish) and then calls process.exit. Meanwhile
 * the job worker stops taking jobs and finishes the running ones; once both are done the pools
 * close, and only then does the process exit. A watchdog ends it at EXIT_WITHIN_MS regardless,
 * so an orchestrator's SIGKILL (10 s is common) never lands mid-write.
 */
export const EXIT_WITHIN_MS = 9_500;

type Phase = "jobs" | "pools";
const state = globalThis as unknown as { nuanxinShutdown?: { stopping: boolean; closers: Record<Phase, (() => Promise<unknown>)[]>; installed: boolean } };
const s = (state.nuanxinShutdown ??= { stopping: false, closers: { jobs: [], pools: [] }, installed: false });

export const isShuttingDown = () => s.stopping;

/** Work to do at shutdown: "jobs" runs as soon as the signal comes, "pools" after requests and jobs. */
export function onShutdown(phase: Phase, close: () => Promise<unknown>): void {
  s.closers[phase].push(close);
}

const settle = (fns: (() => Promise<unknown>)[]) => Promise.allSettled(fns.map((f) => f()));

/** Installed once per server process, from instrumentation.ts. */
export function installShutdown(): void {
  if (s.installed) return;
  s.installed = true;
  const onSignal = (signal: NodeJS.Signals) => {
    if (s.stopping) return;
    s.stopping = true;
    const started = Date.now();
    log.info({ signal }, "shutting down");
    const exit = process.exit.bind(process);
    setTimeout(() => {
      log.warn({ ms: Date.now() - started }, "shutdown took too long; exiting");
      exit(1);
    }, EXIT_WITHIN_MS).unref();
    const jobsDone = settle(s.closers.jobs);
    let exiting = false;
    const finish = (code?: number | string | null) => {
      if (exiting) return;
      exiting = true;
      void jobsDone
        .then(() => settle(s.closers.pools))
        .then(() => {
          log.info({ ms: Date.now() - started }, "stopped");
          exit(code);
        });
    };
    // Next.js calls process.exit once its server has drained; hold it until jobs and pools are done.
    process.exit = finish as typeof process.exit;
    // Nobody else handles the signal (NEXT_MANUAL_SIG_HANDLE): end the process as the default would.
    if (process.listenerCount(signal) === 0) finish(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGTERM", () => onSignal("SIGTERM"));
  process.once("SIGINT", () => onSignal("SIGINT"));
}
