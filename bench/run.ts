import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../prisma/seed/index";
import { root } from "../scripts/lib/schema-engine";
import { fillPlaces, openBenchDatabase, withClient } from "./bench-database";
import { caseLoad } from "./case-load";
import { explain } from "./explain";
import type { InboxResult } from "./inbox";
import { measureFirstLoad } from "./first-load-js";
import { compare, queryPaths, type QueryName } from "./load";
import { apiTables, benchmarksMarkdown, firstLoadTable, type BenchResults, type LoadRow } from "./report";
import { runToEnd, startServer, type RunningServer } from "./servers";

/**
 * `npm run bench`: builds the app, fills a fresh database at each scale, and loads the public
 * place API of the app and of a bare baseline in turn; then first-load JavaScript of the public
 * pages. Writes docs/BENCHMARKS.md and bench/results/<date>.json. Exits non-zero only on errors.
 */
const started = performance.now();
const seconds = (name: string, def: number) => (process.env[name] ? Number(process.env[name]) : def);
const options = { connections: 10, durationS: seconds("BENCH_DURATION", 10), warmupS: seconds("BENCH_WARMUP", 3), rounds: seconds("BENCH_ROUNDS", 4) };
const scales = (process.env.BENCH_SCALES ?? "211,200000").split(",").map(Number);
const resultsDir = path.join(root, "bench/results");
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const docFile = path.join(root, "docs/BENCHMARKS.md");
const buildIdFile = path.join(root, ".next/BUILD_ID");
mkdirSync(resultsDir, { recursive: true });
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? "?", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: "?", embeddedPostgres: true, loadAverage: { start: os.loadavg(), end: [] } },
  options, buildMs: null, fills: [], rows: [], sameAnswers: [], firstLoad: [], explains: [], inbox: null, totalMs: 0, warnings: [],
};

if (process.env.BENCH_SKIP_BUILD === "1") {
  if (!existsSync(buildIdFile)) throw new Error("BENCH_SKIP_BUILD=1 but there is no .next build: run without it.");
} else {
  // Other people's `npm test` builds into the same .next; next build refuses to run beside one.
  for (let waited = 0; existsSync(path.join(root, ".next/lock")) && waited < 300; waited += 5) {
    if (waited === 0) log("waiting for another next build to finish");
    await new Promise((r) => setTimeout(r, 5000));
  }
  log("next build");
  const t = performance.now();
  if ((await runToEnd(["node_modules/next/dist/bin/next", "build"], { NEXT_TELEMETRY_DISABLED: "1" })) !== 0) throw new Error("next build failed");
  results.buildMs = performance.now() - t;
}
const buildId = readFileSync(buildIdFile, "utf8");

/** Same answer from both servers, their own origins aside (URLs in the body carry them). */
async function sameAnswer(a: RunningServer, b: RunningServer, urlPath: string): Promise<boolean> {
  // The app sees itself as http://localhost:<port> (see -H below), the baseline as 127.0.0.1.
  const body = async (s: RunningServer) => (await (await fetch(`${s.origin}${urlPath}`)).text()).replace(/http:\/\/(localhost|127\.0\.0\.1):\d+/g, "ORIGIN");
  return (await body(a)) === (await body(b));
}

/** The inbox benchmark runs in its own process: the inbox's data module is server-only (bench/inbox.ts). */
async function runInboxBench(url: string): Promise<InboxResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/inbox.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as InboxResult;
}

const db = await openBenchDatabase();
results.machine.postgres = db.serverVersion;
results.machine.embeddedPostgres = db.embedded;
const servers: RunningServer[] = [];
let failed = false;
// Ctrl-C: stop the servers and drop the database rather than leave them behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void Promise.all(servers.map((s) => s.stop())).then(() => db.close()).finally(() => process.exit(130));
  });
}
try {
  const appEnv = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: "10", NODE_ENV: "production", AUTH_SECRET: "bench-only-secret-not-for-use-0123456789" };
  // Loopback only. Not `-H 127.0.0.1`: Next then proxies middleware rewrites over the network and
  // next-intl's rewrite of "/" becomes a 307 loop (vercel/next.js#94745); "localhost" is normalised.
  const app = await startServer("app", ["node_modules/next/dist/bin/next", "start", "-H", "localhost", "-p", "{port}"], appEnv, "/api/health", path.join(resultsDir, `${stamp}-app.log`));
  servers.push(app);
  const baseline = await startServer("baseline", ["--import", "tsx", "bench/baseline-server.ts"], appEnv, "/health", path.join(resultsDir, `${stamp}-baseline.log`));
  servers.push(baseline);
  log(`app on ${app.origin} (pid ${app.pid}), baseline on ${baseline.origin} (pid ${baseline.pid})`);

  for (const [i, places] of scales.entries()) {
    const region = places <= 1000 ? "jinchang" : "gansu";
    const fill = await fillPlaces(db.url, places, region);
    results.fills.push({ ...fill, region });
    log(`${places} places (${region}): generated in ${(fill.generateMs / 1000).toFixed(2)} s, inserted in ${(fill.insertMs / 1000).toFixed(2)} s, VACUUM ANALYZE ${(fill.analyzeMs / 1000).toFixed(2)} s`);
    if (i === 0) {
      const id = await withClient(db.url, async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Place" WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`)).rows[0]!.id);
      results.firstLoad.push(await measureFirstLoad(app.origin, "map", "/", "[locale]/(public)"));
      results.firstLoad.push(await measureFirstLoad(app.origin, "place", `/places/${id}`, "[locale]/(public)/places/[id]"));
    }
    for (const [j, query] of (["near-20", "bbox-city"] as QueryName[]).entries()) {
      const paths = queryPaths(query);
      const same = await sameAnswer(app, baseline, paths[0]!);
      results.sameAnswers.push({ places, query, same });
      if (!same) results.warnings.push(`app and baseline answered ${paths[0]} differently at ${places} places.`);
      const measured = await compare((i + j) % 2 === 0 ? [baseline, app] : [app, baseline], paths, options);
      for (const [server, result] of measured) {
        results.rows.push({ places, query, server: server as LoadRow["server"], result });
        log(`${places} ${query} ${server}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
      }
      results.explains.push({ ...(await explain(db.url, query, paths[0]!)), places });
    }
  }
  if (Number(process.env.BENCH_CASES ?? 1) > 0) {
    log(`staff inbox: filling ${Number(process.env.BENCH_CASES ?? 1_000_000).toLocaleString("en")} cases`);
    results.inbox = await runInboxBench(db.url);
    for (const t of results.inbox.timings) log(`inbox ${t.name}: median ${t.medianMs.toFixed(1)} ms, max ${t.maxMs.toFixed(1)} ms`);
  }
  if (process.env.BENCH_CASE_LOAD !== "0") {
    // Categories, worker groups and the calendar: what a submission checks against.
    const seedDb = createPrismaClient(db.url, 2);
    await seedDatabase(seedDb);
    await seedDb.$disconnect();
    results.caseLoad = [];
    for (const instances of [2, 1]) {
      const r = await caseLoad(db.url, { instances, seconds: Number(process.env.BENCH_CASE_SECONDS ?? 30), submitters: 200, mapUsers: 500 });
      results.caseLoad.push(r);
      log(`case filing, ${instances} instance(s): ${r.casesPerSecond.toFixed(1)} cases/s, p95 ${r.caseMs.p95.toFixed(0)} ms, ${r.acknowledged} acknowledged, ${r.storedOnce} stored once; map ${r.mapPerSecond.toFixed(0)} req/s`);
    }
  }
} catch (e) {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  failed = true;
} finally {
  for (const s of servers.reverse()) await s.stop();
  await db.close();
}

if (existsSync(buildIdFile) && readFileSync(buildIdFile, "utf8") !== buildId) {
  results.warnings.push(".next was rebuilt by another process during the run: the first-load figures may describe the other build.");
}
results.machine.loadAverage.end = os.loadavg();
results.totalMs = performance.now() - started;
results.rows.sort((a, b) => a.places - b.places || a.query.localeCompare(b.query) || a.server.localeCompare(b.server));
const bad = results.rows.filter((r) => r.result.non2xx || r.result.errors);
writeFileSync(path.join(resultsDir, `${stamp}.json`), JSON.stringify(results, null, 2));
if (!failed && scales.length && results.rows.length === scales.length * 4) {
  writeFileSync(docFile, benchmarksMarkdown(results, docFile));
  log(`wrote docs/BENCHMARKS.md and bench/results/${stamp}.json`);
}
console.log(`\n${apiTables(results)}\n\n${firstLoadTable(results)}\n${results.warnings.map((w) => `\nWarning: ${w}`).join("")}`);
if (bad.length) console.error(`\n${bad.length} run(s) had non-2xx responses or errors.`);
log(`done in ${(results.totalMs / 1000).toFixed(0)} s`);
process.exit(failed || bad.length ? 1 : 0);
