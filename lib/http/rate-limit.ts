import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { log } from "@/lib/observability/log";
import { registerPool } from "@/lib/observability/metrics";
import { instancePoolShares, poolName } from "@/lib/pool-budget";
import { onShutdown } from "@/lib/shutdown";

// Counters live in PostgreSQL (table rate_limits, created by a migration), so a limit holds
// across every app instance and survives restarts; no Redis is needed.
let pool: pg.Pool | undefined;
const limiters = new Map<string, RateLimiterPostgres>();

function limiter(name: string, points: number, duration: number): RateLimiterPostgres {
  const id = `${name}:${points}:${duration}`;
  let l = limiters.get(id);
  if (!l) {
    if (!pool) {
      pool = new pg.Pool({
        connectionString: process.env.DATABASE_URL,
        max: instancePoolShares().rateLimits,
        application_name: poolName("rateLimits"),
        connectionTimeoutMillis: 3000,
      });
      // An idle connection the server drops must not crash the process; the next query reconnects.
      pool.on("error", (e) => log.warn({ err: e }, "rate-limit pool"));
      registerPool("rate_limits", pool);
    }
    l = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points,
      duration,
    });
    limiters.set(id, l);
  }
  return l;
}

/** Consumes one point; returns the seconds to wait when the limit is used up, else null. */
export async function hitRateLimit(name: string, key: string, points: number, durationSec: number): Promise<number | null> {
  try {
    await limiter(name, points, durationSec).consume(key);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

onShutdown("pools", () => closeRateLimitPool());

/** Closes the counters' pool at shutdown; a later check would open a new one. */
export async function closeRateLimitPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  limiters.clear();
  await p?.end();
}

/** The client address as the reverse proxy reports it; direct connections have none. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
