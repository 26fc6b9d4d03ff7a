// No "server-only" import: see lib/places/feeds/data.ts.
import pg from "pg";
import { log } from "@/lib/observability/log";
import { registerPool } from "@/lib/observability/metrics";
import { instancePoolShares, poolName } from "@/lib/pool-budget";
import { onShutdown } from "@/lib/shutdown";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

/**
 * A plain pg pool for the hottest public reads (the map's place queries), which are hand-written
 * SQL anyway: going through Prisma's raw-query path costs them about half their throughput
 * (docs/BENCHMARKS.md). Everything else uses the Prisma client in lib/db.ts.
 *
 * With DATABASE_REPLICA_URL these reads go to the streaming replica: they are public, cached for
 * a minute by browsers and proxies anyway, so a replica's second of lag changes nothing a rider sees,
 * and the primary keeps its connections for writes and staff work.
 */
export const pgPool =
  globalForPool.pgPool ??
  new pg.Pool({
    connectionString: process.env.DATABASE_REPLICA_URL || process.env.DATABASE_URL,
    max: instancePoolShares().feeds,
    application_name: poolName("feeds"),
    connectionTimeoutMillis: 3000,
  });
pgPool.on("error", (e) => log.warn({ err: e }, "feeds pool"));
if (process.env.NODE_ENV !== "production") globalForPool.pgPool = pgPool;
registerPool("feeds", pgPool);
onShutdown("pools", () => pgPool.end());
