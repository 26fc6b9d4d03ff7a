import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instancePoolShares } from "@/lib/pool-budget";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase } from "../support/db";

const BUDGET = 8;
let scratch: Awaited<ReturnType<typeof emptyDatabase>>;
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  scratch = await emptyDatabase();
  await applyMigrations(scratch.url);
});
afterAll(async () => {
  await close();
  // graphile-worker ends its pool's idle clients a moment after stop() resolves: dropping the
  // database under a live client would terminate it with an unhandled 57P01.
  for (let i = 0; i < 50 && Object.keys(await connections()).some((n) => n.startsWith("nuanxin:")); i++) await new Promise((r) => setTimeout(r, 100));
  await scratch?.drop();
});

/** The connections this database holds, per application_name. */
async function connections(): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: scratch.url, application_name: "pool-budget-test" });
  await c.connect();
  const { rows } = await c.query<{ name: string; n: number }>(
    "SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1",
  );
  await c.end();
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

describe("one instance's connections", () => {
  it("stay within DATABASE_POOL_SIZE with every pool busy at once", async () => {
    process.env.DATABASE_URL = scratch.url;
    process.env.DATABASE_POOL_SIZE = String(BUDGET);
    // Imported after the environment is set: each module opens its pool from it, as in the app.
    const { db } = await import("@/lib/db");
    const { pgPool } = await import("@/lib/pg-pool");
    const { hitRateLimit, closeRateLimitPool } = await import("@/lib/http/rate-limit");
    const { startJobWorker } = await import("@/lib/jobs/worker");
    const shares = instancePoolShares();
    const worker = await startJobWorker({ connectionString: scratch.url, concurrency: shares.jobConcurrency });
    close = async () => {
      await worker.stop();
      await Promise.all([db.$disconnect(), pgPool.end(), closeRateLimitPool()]);
    };

    await db.$queryRaw`SELECT 1`; // Prisma loads its query compiler on first use
    const busy = Array.from({ length: BUDGET }, (_, i) => [
      db.$queryRaw`SELECT pg_sleep(0.2)::text`,
      pgPool.query("SELECT pg_sleep(0.2)"),
      hitRateLimit("budget-test", `k${i}`, 100, 60),
    ]).flat();
    // Sampled while the queries run: the largest count each pool reached.
    const done = Promise.all(busy).then(() => true);
    const peak: Record<string, number> = {};
    while (!(await Promise.race([done, new Promise((r) => setTimeout(() => r(false), 50))]))) {
      for (const [name, n] of Object.entries(await connections())) peak[name] = Math.max(peak[name] ?? 0, n);
    }
    const total = Object.values(peak).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
    expect(peak["nuanxin:prisma"]).toBe(shares.prisma);
    expect(peak["nuanxin:feeds"]).toBe(shares.feeds);
    expect(peak["nuanxin:rateLimits"] ?? 0).toBeLessThanOrEqual(shares.rateLimits);
    expect(peak["nuanxin:jobs"]).toBeGreaterThanOrEqual(1);
    expect(peak["nuanxin:jobs"]).toBeLessThanOrEqual(shares.jobs);
  });
});
