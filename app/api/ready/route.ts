import { jobWorkerStatus } from "@/lib/jobs/start";
import { observeRoute } from "@/lib/observability/observe";
import { pendingMigrations } from "@/lib/observability/data";
import { isShuttingDown } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3000;
const timeout = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref());

/**
 * Readiness for the load balancer: the database answers, no migration is pending, the job worker
 * runs, and the instance is not shutting down. /api/health is liveness (the process answers).
 */
// public: load balancers probe readiness without a session; it reports no personal data.
export const GET = observeRoute("/api/ready", async () => {
  const [migrations, jobs] = await Promise.all([
    Promise.race([pendingMigrations(), timeout()]).then(
      (pending) => (pending.length ? { db: "ok", migrations: `pending: ${pending.join(", ")}` } : { db: "ok", migrations: "ok" }),
      () => ({ db: "unreachable", migrations: "unknown" }),
    ),
    jobWorkerStatus(),
  ]);
  const checks = { ...migrations, jobs, shutdown: isShuttingDown() ? "in progress" : "no" };
  const ready = checks.db === "ok" && checks.migrations === "ok" && jobs !== "stopped" && !isShuttingDown();
  return Response.json({ status: ready ? "ready" : "not_ready", ...checks }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
