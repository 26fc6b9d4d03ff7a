import { createHash } from "node:crypto";
import http from "node:http";
import pg from "pg";
import { toFeature, toNearPlace, toPublicPlace } from "@/lib/places/feeds/present";
import { parseBboxQuery, parseNearQuery } from "@/lib/places/feeds/schema";
import { bboxSql, nearSql, type PlaceRow } from "@/lib/places/feeds/sql";

/**
 * The benchmark's baseline: the two public place endpoints with the same parsing (query.ts), the
 * same SQL (sql.ts) and the same serialisation (present.ts, JSON + SHA-1 ETag as lib/http/json-reply.ts),
 * on bare node:http and a pg.Pool of the app's size; i.e. the app's work minus Next.js and Prisma.
 * Run by bench/run.ts with DATABASE_URL and PORT.
 */
// Prisma reads timestamp(3) columns as UTC; pg would read them as local time.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (s) => new Date(`${s.replace(" ", "T")}Z`));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

// As knownFacilityCodes() in lib/places/feeds/feeds.ts: the taxonomy is kept for a minute.
let facilityCodes: { at: number; codes: Promise<ReadonlySet<string>> } | undefined;
function knownFacilityCodes(): Promise<ReadonlySet<string>> {
  if (!facilityCodes || Date.now() - facilityCodes.at > 60_000) {
    const codes = pool.query<{ code: string }>(`SELECT code FROM "Facility" ORDER BY "sortOrder"`).then((r) => new Set(r.rows.map((row) => row.code)));
    facilityCodes = { at: Date.now(), codes };
  }
  return facilityCodes.codes;
}

function send(res: http.ServerResponse, status: number, body: unknown, maxAge: number, contentType = "application/json; charset=utf-8") {
  const json = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
  res.writeHead(status, {
    "Content-Type": contentType,
    "Cache-Control": status === 200 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}` : "no-store",
    ETag: etag,
    Vary: "Accept-Encoding",
  });
  res.end(json);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  if (url.pathname === "/api/places/near") {
    const parsed = parseNearQuery(url.searchParams, await knownFacilityCodes());
    if (!parsed.ok) return send(res, 400, { error: { code: "invalid_parameter", ...parsed.error } }, 0);
    const { text, values } = nearSql(parsed.value, new Date());
    const { rows } = await pool.query<PlaceRow>(text, values);
    return send(res, 200, { places: rows.map((r) => toNearPlace(r, parsed.value.lang, url.origin)) }, 30);
  }
  if (url.pathname === "/api/places.geojson") {
    const parsed = parseBboxQuery(url.searchParams, await knownFacilityCodes());
    if (!parsed.ok) return send(res, 400, { error: { code: "invalid_parameter", ...parsed.error } }, 0);
    const { text, values } = bboxSql(parsed.value, new Date());
    const { rows } = await pool.query<PlaceRow>(text, values);
    const features = rows.slice(0, parsed.value.limit).map((r) => toFeature(toPublicPlace(r, parsed.value.lang, url.origin)));
    const body = { type: "FeatureCollection", features, truncated: rows.length > parsed.value.limit };
    return send(res, 200, body, 60, "application/geo+json; charset=utf-8");
  }
  send(res, url.pathname === "/health" ? 200 : 404, { status: url.pathname === "/health" ? "ok" : "not found" }, 0);
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) send(res, 500, { error: "internal" }, 0);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`baseline listening on ${process.env.PORT}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
