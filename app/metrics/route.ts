import { timingSafeEqual } from "node:crypto";
import { jobQueueCounts } from "@/lib/observability/data";
import { metrics, registerGauge } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

// Read from the shared database at scrape time, so any one instance reports the whole queue.
registerGauge("nuanxin_job_queue", "Jobs queued in graphile-worker by task and state (pending, failed = attempts used up)", ["task", "state"], async (set) => {
  for (const r of await jobQueueCounts()) {
    set({ task: r.task, state: "pending" }, r.pending);
    set({ task: r.task, state: "failed" }, r.failed);
  }
});

function authorized(req: Request, token: string): boolean {
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Prometheus scrape target: 404 unless METRICS_TOKEN is set, 401 without that bearer token. */
// public: no staff session; a Prometheus scraper presents METRICS_TOKEN (404 when none is configured).
export async function GET(req: Request) {
  const token = process.env.METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  if (!authorized(req, token)) return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
