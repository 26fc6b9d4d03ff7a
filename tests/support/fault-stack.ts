import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/index";
import { startInstance, type ClusterInstance } from "../../scripts/lib/cluster";
import { applyMigrations } from "../../scripts/lib/migrate";
import { scratchPostgres, type ScratchPostgres } from "../../scripts/lib/scratch-postgres";
import { caseBody, newKey } from "./case-fixtures";

/**
 * The production build on a PostgreSQL server of the test's own, which it may stop, start and
 * break (tests/faults). Photos go to a temp folder unless the test names another store.
 */
export type FaultStack = {
  pg: ScratchPostgres;
  storageDir: string;
  env: Record<string, string>;
  instance: ClusterInstance;
  /** Another instance on the same database and store (after the first was killed). */
  startAnother(): Promise<ClusterInstance>;
  query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
};

export async function faultStack(env: Record<string, string> = {}): Promise<FaultStack> {
  const server = await scratchPostgres();
  await applyMigrations(server.url);
  const db = createPrismaClient(server.url, 2);
  await seedDatabase(db);
  await db.$disconnect();
  const storageDir = await mkdtemp(path.join(tmpdir(), "nuanxin-faults-store-"));
  const fullEnv = {
    DATABASE_URL: server.url,
    // Production requires PUBLIC_URL (lib/env.ts); these servers speak plain http on loopback.
    PUBLIC_URL: "http://127.0.0.1",
    ALLOW_INSECURE_HTTP: "1",
    STORAGE_DRIVER: "local",
    STORAGE_DIR: storageDir,
    // The tests submit far more than one person would; the limits have their own tests.
    CASE_RATE_LIMIT_PER_IP: "1000000",
    CASE_RATE_LIMIT_PER_PHONE: "1000000",
    ...env,
  };
  const instances = [await startInstance(fullEnv)];
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  pool.on("error", () => {}); // the tests stop the server on purpose
  return {
    pg: server,
    storageDir,
    env: fullEnv,
    instance: instances[0]!,
    async startAnother() {
      const i = await startInstance(fullEnv);
      instances.push(i);
      return i;
    },
    query: async (sql, values) => (await pool.query(sql, values)).rows,
    async stop() {
      for (const i of instances) if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill("SIGTERM");
      await Promise.all(instances.map((i) => i.exited));
      await pool.end();
      await server.destroy();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

export type Answer = { status: number; ms: number; body: { reference?: string; error?: { code: string; message: string } } | null; retryAfter: string | null; type: string };

/** One POST /api/v1/cases; a network error or a hang past `timeoutMs` is status 0. */
export async function submitCase(base: string, key: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }, timeoutMs = 20_000): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}/api/v1/cases`, { method: "POST", body, headers: { ...headers, "idempotency-key": key }, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let parsed: Answer["body"] = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the assertion on content-type will say so
    }
    return { status: res.status, ms: Date.now() - started, body: parsed, retryAfter: res.headers.get("retry-after"), type: res.headers.get("content-type") ?? "" };
  } catch {
    return { status: 0, ms: Date.now() - started, body: null, retryAfter: null, type: "" };
  }
}

/** A JSON case body without a phone (no SMS to queue), unique per key so fingerprints differ. */
export const textCase = (key: string) => JSON.stringify({ ...caseBody({ description: `停车场不让电动车进入，只能步行送餐，经常超时。${key}` }), contact_phone: undefined });

/**
 * `clients` submitters, each filing case after case until `until()` says stop; a case is retried
 * with the same key and body until it is answered 201, as the mini program does after a 503 or a
 * dropped connection. Returns every answer and the reference each key was finally given.
 */
export async function submitters(opts: {
  clients: number;
  base: () => string;
  until: () => boolean;
  body: (key: string) => Promise<{ body: BodyInit; headers?: Record<string, string> }>;
  giveUpAt: number;
}) {
  const answers: Answer[] = [];
  const acknowledged = new Map<string, string>();
  const pending = new Set<string>();
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      while (!opts.until()) {
        const key = newKey();
        pending.add(key);
        const { body, headers } = await opts.body(key);
        for (;;) {
          const a = await submitCase(opts.base(), key, body, headers);
          answers.push(a);
          if (a.status === 201) {
            acknowledged.set(key, a.body!.reference!);
            pending.delete(key);
            break;
          }
          if (Date.now() > opts.giveUpAt) return;
          await new Promise((r) => setTimeout(r, a.status === 503 ? 500 : 200));
        }
      }
    }),
  );
  return { answers, acknowledged, pending };
}
