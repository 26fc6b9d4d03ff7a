import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/index";
import { startInstance, stopInstance, type ClusterInstance } from "../../scripts/lib/cluster";
import { applyMigrations } from "../../scripts/lib/migrate";
import { startPgBouncer, type Bouncer } from "../../scripts/lib/pgbouncer";
import { streamingPair, type StreamingPair } from "../../scripts/lib/streaming-pair";
import { JINCHANG, newKey } from "../support/case-fixtures";
import { submitCase, textCase } from "../support/fault-stack";

let server: StreamingPair;
let bouncer: Bouncer;
let instance: ClusterInstance;
const SERVER_POOL = 4;

beforeAll(async () => {
  server = await streamingPair("nuanxin_bouncer", { replica: false });
  await applyMigrations(server.primaryUrl);
  const db = createPrismaClient(server.primaryUrl, 2);
  await seedDatabase(db);
  await db.$disconnect();
  bouncer = await startPgBouncer(server.primaryUrl, SERVER_POOL);
  instance = await startInstance({
    DATABASE_URL: bouncer.url,
    DATABASE_DIRECT_URL: server.primaryUrl,
    DATABASE_POOL_SIZE: "20",
    PUBLIC_URL: "http://127.0.0.1",
    ALLOW_INSECURE_HTTP: "1",
    CASE_RATE_LIMIT_PER_IP: "100000",
  });
});
afterAll(async () => {
  if (instance) await stopInstance(instance);
  await bouncer?.stop();
  await server?.destroy();
});

describe("web traffic through PgBouncer in transaction mode", () => {
  it("files cases (Prisma's interactive transactions), answers feeds, and replays idempotently", async () => {
    const keys = Array.from({ length: 40 }, newKey);
    const answers = await Promise.all(keys.map((k) => submitCase(instance.url, k, textCase(k))));
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 201));
    const again = await submitCase(instance.url, keys[0]!, textCase(keys[0]!));
    expect(again.body?.reference).toBe(answers[0]!.body?.reference);
    const near = await fetch(`${instance.url}/api/places/near?lat=${JINCHANG.lat}&lng=${JINCHANG.lng}`);
    expect(near.status).toBe(200);
  });

  it("keeps the job worker's LISTEN and the rate limiter's named statements on direct connections, the rest within PgBouncer's few", async () => {
    const ready = await (await fetch(`${instance.url}/api/ready`)).json();
    expect(ready).toMatchObject({ status: "ready", jobs: "running" });
    const c = new pg.Client({ connectionString: server.primaryUrl });
    await c.connect();
    const { rows } = await c.query<{ app: string; n: number; listening: number }>(
      `SELECT application_name AS app, count(*)::int AS n, count(*) FILTER (WHERE query ILIKE 'LISTEN%')::int AS listening
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
    );
    await c.end();
    const by = new Map(rows.map((r) => [r.app, r]));
    expect(by.get("nuanxin:jobs")?.listening).toBe(1);
    // Prisma and the feeds hold up to 14 client connections; PgBouncer gives them 4 server ones.
    const direct = new Set(["nuanxin:jobs", "nuanxin:rateLimits"]);
    const webServers = rows.filter((r) => !direct.has(r.app)).reduce((sum, r) => sum + r.n, 0);
    expect(webServers).toBeLessThanOrEqual(SERVER_POOL);
  });
});
