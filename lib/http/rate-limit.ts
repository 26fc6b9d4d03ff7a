import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// Counters live in PostgreSQL (table rate_limits, created by a migration), so a limit holds
// across every app instance and survives restarts; no Redis is needed.
let pool: pg.Pool | undefined;
const limiters = new Map<string, RateLimiterPostgres>();

function limiter(name: string, points: number, duration: number): RateLimiterPostgres {
  const id = `${name}:${points}:${duration}`;
  let l = limiters.get(id);
  if (!l) {
    if (!pool) {
      pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
      // An idle connection the server drops must not crash the process; the next query reconnects.
      pool.on("error", (e) => console.warn("rate-limit pool:", e.message));
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

/** Seconds to wait when `key` has already used up its points, else null; consumes nothing. */
export async function rateLimitWait(name: string, key: string, points: number, durationSec: number): Promise<number | null> {
  const res = await limiter(name, points, durationSec).get(key);
  return res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null;
}

