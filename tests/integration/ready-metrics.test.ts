import { afterEach, describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/ready/route";
import { GET as health } from "@/app/api/health/route";
import { GET as scrape } from "@/app/metrics/route";

const TOKEN = "metrics-token-0123456789";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

afterEach(() => {
  delete process.env.METRICS_TOKEN;
  delete process.env.JOBS_DISABLED;
});

describe("/api/ready", () => {
  it("is not ready while this instance's job worker is not running, and says why", async () => {
    const res = await ready(get("/api/ready"));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "not_ready", db: "ok", migrations: "ok", jobs: "stopped" });
  });

  it("is ready when the database answers, every migration is applied and jobs run elsewhere", async () => {
    process.env.JOBS_DISABLED = "1";
    const res = await ready(get("/api/ready", { "x-request-id": "probe-0001" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", db: "ok", migrations: "ok", jobs: "disabled", shutdown: "no" });
    expect(res.headers.get("x-request-id")).toBe("probe-0001");
  });
});

describe("/metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    expect((await scrape(get("/metrics"))).status).toBe(404);
  });

  it("refuses a missing or wrong token", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    expect((await scrape(get("/metrics"))).status).toBe(401);
    expect((await scrape(get("/metrics", { authorization: "Bearer wrong-token-0123456789" }))).status).toBe(401);
  });

  it("reports requests and latency per route, pool usage and the job queue", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    await health(get("/api/health"));
    const res = await scrape(get("/metrics", { authorization: `Bearer ${TOKEN}` }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/nuanxin_http_requests_total\{route="\/api\/health",method="GET",status="200"\} \d+/);
    expect(text).toMatch(/nuanxin_http_request_duration_seconds_count\{route="\/api\/health"\} \d+/);
    expect(text).toMatch(/nuanxin_db_pool_feeds_connections\{state="total"\} \d+/);
    expect(text).toContain("# TYPE nuanxin_job_queue gauge");
    expect(text).toContain("# TYPE nuanxin_notifications_total counter");
  });
});
