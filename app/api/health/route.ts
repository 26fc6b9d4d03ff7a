import { db } from "@/lib/db";
import { observeRoute } from "@/lib/observability/observe";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 4000;

/** Liveness and database reachability for load balancers and monitoring; always within ~4 s. */
// public: load balancers probe it without a session; it says only "ok" or "unreachable".
export const GET = observeRoute("/api/health", async () => {
  const ok = await Promise.race([
    db.$queryRaw`SELECT 1`.then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS)),
  ]);
  const headers = { "Cache-Control": "no-store" };
  return ok
    ? Response.json({ status: "ok", db: "ok" }, { headers })
    : Response.json({ status: "error", db: "unreachable" }, { status: 503, headers });
});
