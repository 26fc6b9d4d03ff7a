import os from "node:os";
import { pathToFileURL } from "node:url";
import { caseBody } from "../tests/support/case-fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../prisma/seed/index";
import { startCluster } from "../scripts/lib/cluster";
import { databaseUrl, dropDatabase, ensureDatabase, startDatabaseServer } from "../scripts/lib/database";
import { freePort } from "../scripts/lib/free-port";
import { applyMigrations } from "../scripts/lib/migrate";
import { withClient } from "./bench-database";
import { queryPaths } from "./load";

/**
 * Case filing under load: `submitters` clients each file case after case (JSON, no photos, a new
 * Idempotency-Key each, retried with the same key after a 503 or a dropped connection) for
 * `seconds`, while `mapUsers` clients pan the map (near and bbox alternately), through nginx to
 * `instances` instances. Then every acknowledged case is counted in the database.
 */
export type CaseLoadResult = {
  instances: number;
  seconds: number;
  submitters: number;
  mapUsers: number;
  acknowledged: number;
  storedOnce: number;
  missing: number;
  duplicated: number;
  casesPerSecond: number;
  caseMs: { p50: number; p95: number; p99: number };
  statuses: Record<string, number>;
  mapRequests: number;
  mapPerSecond: number;
  mapMs: { p50: number; p95: number; p99: number };
  map5xx: number;
  load: { start: number; end: number };
};

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const percentiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99) };
};

export async function caseLoad(url: string, opts: { instances: number; seconds: number; submitters: number; mapUsers: number }): Promise<CaseLoadResult> {
  const loadStart = os.loadavg()[0]!;
  const cluster = await startCluster(opts.instances, {
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: "20",
    PUBLIC_URL: "http://127.0.0.1",
    ALLOW_INSECURE_HTTP: "1",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-use-0123456789",
    CASE_RATE_LIMIT_PER_IP: "100000000",
    CASE_RATE_LIMIT_PER_PHONE: "100000000",
    // nginx is the only peer: the bench's addresses are its own, one rate-limit bucket either way.
    TRUSTED_PROXIES: "loopback",
  });
  const run = `b${Date.now().toString(36)}`;
  const acknowledged = new Map<string, string>();
  const statuses: Record<string, number> = {};
  const caseMs: number[] = [];
  const mapMs: number[] = [];
  let map5xx = 0;
  const end = Date.now() + opts.seconds * 1000;
  const count = (s: number) => (statuses[s] = (statuses[s] ?? 0) + 1);
  try {
    const submitter = async (n: number) => {
      for (let i = 0; Date.now() < end; i++) {
        const key = `${run}-${n}-${i}-padding`;
        const body = JSON.stringify({ ...caseBody({ description: `门口不让进，只能步行送餐，经常超时被罚款。${key}` }), contact_phone: undefined });
        for (let attempt = 0; attempt < 20; attempt++) {
          const t = performance.now();
          const status = await fetch(`${cluster.url}/api/v1/cases`, { method: "POST", body, headers: { "content-type": "application/json", "idempotency-key": key } }).then(
            async (r) => {
              const json = (await r.json().catch(() => null)) as { reference?: string } | null;
              if (r.status === 201 && json?.reference) acknowledged.set(key, json.reference);
              return r.status;
            },
            () => 0,
          );
          caseMs.push(performance.now() - t);
          count(status);
          if (status === 201 || (status >= 400 && status < 500)) break;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const paths = [...queryPaths("near-20"), ...queryPaths("bbox-city")];
    const mapUser = async (n: number) => {
      for (let i = n; Date.now() < end; i++) {
        const t = performance.now();
        const status = await fetch(`${cluster.url}${paths[i % paths.length]}`).then(
          async (r) => (await r.arrayBuffer(), r.status),
          () => 0,
        );
        mapMs.push(performance.now() - t);
        if (status >= 500 || status === 0) map5xx++;
      }
    };
    const started = Date.now();
    await Promise.all([...Array.from({ length: opts.submitters }, (_, n) => submitter(n)), ...Array.from({ length: opts.mapUsers }, (_, n) => mapUser(n))]);
    const elapsed = (Date.now() - started) / 1000;
    const rows = await withClient(url, async (c) => (await c.query<{ key: string; reference: string; n: number }>(
      `SELECT "idempotencyKey" AS key, min(reference) AS reference, count(*)::int AS n FROM "Case" WHERE "idempotencyKey" LIKE $1 GROUP BY 1`,
      [`${run}-%`],
    )).rows);
    const stored = new Map(rows.map((r) => [r.key, r]));
    return {
      ...opts,
      acknowledged: acknowledged.size,
      storedOnce: [...acknowledged].filter(([k, ref]) => stored.get(k)?.n === 1 && stored.get(k)?.reference === ref).length,
      missing: [...acknowledged.keys()].filter((k) => !stored.has(k)).length,
      duplicated: rows.filter((r) => r.n > 1).length,
      casesPerSecond: acknowledged.size / elapsed,
      caseMs: percentiles(caseMs),
      statuses,
      mapRequests: mapMs.length,
      mapPerSecond: mapMs.length / elapsed,
      mapMs: percentiles(mapMs),
      map5xx,
      load: { start: loadStart, end: os.loadavg()[0]! },
    };
  } finally {
    // What the 5xx were, from the instances' own error lines (a handful, deduplicated).
    const errors = new Set(cluster.instances.flatMap((i) => i.log().split("\n").filter((l) => /"level":50|Unexpected error/.test(l)).map((l) => l.slice(0, 300))));
    if (errors.size) console.error(`instance errors (${errors.size} distinct):\n${[...errors].slice(0, 5).join("\n")}`);
    await cluster.stop();
  }
}

export function caseLoadTable(results: CaseLoadResult[]): string {
  const ms = (m: { p50: number; p95: number; p99: number }) => `${m.p50.toFixed(0)} / ${m.p95.toFixed(0)} / ${m.p99.toFixed(0)}`;
  const head = "| instances | submitters + map users, s | cases/s | case p50 / p95 / p99 ms | answers by status | acknowledged → stored once (missing, doubled) | map req/s | map p50 / p95 / p99 ms | map 5xx + errors | load avg start → end |\n|---:|---|---:|---|---|---|---:|---|---:|---|";
  const rows = results.map(
    (r) =>
      `| ${r.instances} | ${r.submitters} + ${r.mapUsers}, ${r.seconds} | ${r.casesPerSecond.toFixed(1)} | ${ms(r.caseMs)} | ${Object.entries(r.statuses).map(([s, n]) => `${s}: ${n}`).join(", ")} | ${r.acknowledged} → ${r.storedOnce} (${r.missing}, ${r.duplicated}) | ${r.mapPerSecond.toFixed(0)} | ${ms(r.mapMs)} | ${r.map5xx} | ${r.load.start.toFixed(1)} → ${r.load.end.toFixed(1)} |`,
  );
  return [head, ...rows].join("\n");
}

// `tsx --conditions=react-server bench/case-load.ts`: both layouts on a fresh seeded database.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const external = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!external) throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a scratch database may be created");
  const server = await startDatabaseServer(external, { dataDir: "", port: await freePort(), persistent: false });
  const name = `nuanxin_caseload_${Date.now().toString(36)}`;
  await ensureDatabase(server.adminUrl, name);
  const url = databaseUrl(server.adminUrl, name);
  try {
    await applyMigrations(url);
    const db = createPrismaClient(url, 2);
    await seedDatabase(db);
    await db.$disconnect();
    const seconds = Number(process.env.BENCH_CASE_SECONDS ?? 30);
    const results = [];
    for (const instances of [2, 1]) results.push(await caseLoad(url, { instances, seconds, submitters: 200, mapUsers: 500 }));
    console.log(caseLoadTable(results));
  } finally {
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}
