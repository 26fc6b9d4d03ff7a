import client from "prom-client";

/**
 * Prometheus metrics of this instance, served at /metrics (app/metrics/route.ts). Counters are
 * per instance (Prometheus sums them); the queue and notification gauges read the shared
 * database when scraped, so every instance reports the same figure for them.
 */
type Metrics = ReturnType<typeof createMetrics>;
const state = globalThis as unknown as { nuanxinMetrics?: Metrics };

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({ name: "nuanxin_http_requests_total", help: "HTTP requests by route and status", labelNames: ["route", "method", "status"], registers: [registry] });
  const latency = new client.Histogram({
    name: "nuanxin_http_request_duration_seconds",
    help: "HTTP request latency by route",
    labelNames: ["route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const notifications = new client.Counter({ name: "nuanxin_notifications_total", help: "E-mail and SMS deliveries by channel and outcome (sent, failed)", labelNames: ["channel", "outcome"], registers: [registry] });
  const jobs = new client.Counter({ name: "nuanxin_jobs_total", help: "Jobs this instance ran, by task and outcome (success, failure)", labelNames: ["task", "outcome"], registers: [registry] });
  return { registry, requests, latency, notifications, jobs };
}

export function metrics(): Metrics {
  return (state.nuanxinMetrics ??= createMetrics());
}

/** One request, recorded in two label lookups: cheap enough for the map feeds. */
export function recordRequest(route: string, method: string, status: number, startedNs: bigint): void {
  const m = metrics();
  m.requests.inc({ route, method, status: String(status) });
  m.latency.observe({ route }, Number(process.hrtime.bigint() - startedNs) / 1e9);
}

type PoolLike = { totalCount: number; idleCount: number; waitingCount: number };

/** Gauges that read a pool's counters, or a query on the database, only when scraped. */
export function registerGauge(name: string, help: string, labelNames: string[], collect: (set: (labels: Record<string, string>, value: number) => void) => Promise<void> | void): void {
  const { registry } = metrics();
  if (registry.getSingleMetric(name)) return;
  new client.Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      await collect((labels, value) => this.set(labels, value));
    },
  });
}

export function registerPool(pool: string, p: PoolLike): void {
  registerGauge(`nuanxin_db_pool_${pool}_connections`, `Connections of the ${pool} pool by state`, ["state"], (set) => {
    set({ state: "total" }, p.totalCount);
    set({ state: "idle" }, p.idleCount);
    set({ state: "waiting_clients" }, p.waitingCount);
  });
}
