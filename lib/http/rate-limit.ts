import "server-only";
import { createHmac } from "node:crypto";
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

function limitPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({
      // rate-limiter-flexible runs named prepared statements ("rate_limits:rlflx-upsert"), which a
      // transaction-pooling PgBouncer (before 1.21) hands to the wrong server connection: with a
      // pooler in DATABASE_URL these one or two connections go direct, like the job worker's.
      connectionString: process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL,
      max: instancePoolShares().rateLimits,
      application_name: poolName("rateLimits"),
      connectionTimeoutMillis: 3000,
    });
    // An idle connection the server drops must not crash the process; the next query reconnects.
    pool.on("error", (e) => log.warn({ err: e }, "rate-limit pool"));
    registerPool("rate_limits", pool);
  }
  return pool;
}

function limiter(name: string, points: number, duration: number): RateLimiterPostgres {
  const id = `${name}:${points}:${duration}`;
  let l = limiters.get(id);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: limitPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      // The library's own clean-up is a timer in every limiter of every process; expired rows are
      // deleted instead by the purge_rate_limits job (lib/jobs), once per tick across instances.
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points,
      duration,
    });
    limiters.set(id, l);
  }
  return l;
}

/**
 * The stored key: an HMAC of the limit's name and the raw key (an IP address, a phone number),
 * so the table never holds the address or number itself (PIPL minimum necessary) yet the same
 * client still meets the same counter. Keyed with AUTH_SECRET so the hashes cannot be reversed
 * by trying every phone number.
 */
export function rateLimitKey(name: string, key: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`rate-limit\0${name}\0${key}`).digest("base64url");
}

/** Consumes one point; returns the seconds to wait when the limit is used up, else null. */
export async function hitRateLimit(name: string, key: string, points: number, durationSec: number): Promise<number | null> {
  try {
    await limiter(name, points, durationSec).consume(rateLimitKey(name, key));
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Seconds to wait when `key` has already used up its points, else null; consumes nothing. */
export async function rateLimitWait(name: string, key: string, points: number, durationSec: number): Promise<number | null> {
  const res = await limiter(name, points, durationSec).get(rateLimitKey(name, key));
  return res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null;
}

onShutdown("pools", () => closeRateLimitPool());

/** Closes the counters' pool at shutdown; a later check would open a new one. */
export async function closeRateLimitPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  limiters.clear();
  await p?.end();
}

/** Deletes counters whose window has passed (`expire` is in epoch milliseconds); returns how many. */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  const res = await limitPool().query("DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1", [now.getTime()]);
  return res.rowCount ?? 0;
}

