import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import { prng } from "./generate-places";

export type LoadOptions = { connections: number; durationS: number; warmupS: number; rounds: number };
export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
};

export type QueryName = "near-20" | "bbox-city";

/**
 * The request paths of each query: 50 fixed variants inside Jinchang city, cycled, so that
 * both servers see the same sequence and no answer is trivially the same as the last.
 */
export function queryPaths(query: QueryName): string[] {
  const rand = prng(7);
  return Array.from({ length: 50 }, () => {
    if (query === "near-20") {
      // A rider somewhere in the built-up city, 102.15–102.23 E, 38.49–38.54 N.
      const [lng, lat] = [102.15 + rand() * 0.08, 38.49 + rand() * 0.05];
      return `/api/places/near?lat=${lat.toFixed(5)}&lng=${lng.toFixed(5)}&limit=20`;
    }
    // The city viewport 102.14,38.48,102.23,38.54 panned by up to ±0.005° (about 500 m).
    const [dx, dy] = [(rand() - 0.5) * 0.01, (rand() - 0.5) * 0.01];
    const box = [102.14 + dx, 38.48 + dy, 102.23 + dx, 38.54 + dy].map((v) => v.toFixed(4));
    return `/api/places.geojson?bbox=${box.join(",")}`;
  });
}

function run(origin: string, paths: string[], connections: number, durationS: number, latencies?: number[]): Promise<autocannon.Result> {
  let next = 0;
  const instance = autocannon({
    url: origin,
    connections,
    duration: durationS,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
  // Exact percentiles: autocannon's summary has p90 and p97.5 but no p95, so keep every response time (ms).
  if (latencies) {
    (instance as unknown as EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  }
  return instance;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Tally = { latencies: number[]; ok: number; seconds: number; requests: number; non2xx: number; errors: number; timeouts: number; bytes: number };

/**
 * Loads each server with the same requests: a warm-up each (discarded), then `rounds` slices of
 * durationS / rounds per server, alternating which goes first, so that the background load of a
 * shared machine drifts over both alike. Results are keyed by server name.
 */
export async function compare(servers: { name: string; origin: string }[], paths: string[], o: LoadOptions): Promise<Map<string, LoadResult>> {
  if (o.warmupS > 0) for (const s of servers) await run(s.origin, paths, o.connections, o.warmupS);
  const tallies = new Map<string, Tally>(servers.map((s) => [s.name, { latencies: [], ok: 0, seconds: 0, requests: 0, non2xx: 0, errors: 0, timeouts: 0, bytes: 0 }]));
  for (let round = 0; round < o.rounds; round++) {
    for (const s of round % 2 === 0 ? servers : [...servers].reverse()) {
      const t = tallies.get(s.name)!;
      const r = await run(s.origin, paths, o.connections, o.durationS / o.rounds, t.latencies);
      t.ok += r["2xx"];
      t.seconds += r.duration;
      t.requests += r.requests.total;
      t.non2xx += r.non2xx;
      t.errors += r.errors;
      t.timeouts += r.timeouts;
      t.bytes += r.throughput.total;
    }
  }
  return new Map([...tallies].map(([name, t]) => [name, summarise(t)]));
}

function summarise(t: Tally): LoadResult {
  const sorted = t.latencies.sort((a, b) => a - b);
  return {
    requests: t.requests,
    rps: t.ok / t.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    non2xx: t.non2xx,
    errors: t.errors,
    timeouts: t.timeouts,
    bytesPerResponse: t.ok ? t.bytes / t.ok : 0,
  };
}
