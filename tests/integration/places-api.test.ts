import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { isOpenAt } from "@/lib/places/directory/hours";
import { distanceMeters } from "@/lib/places/directory/navigation";
import { LNG_SCALE } from "@/lib/places/feeds/sql";
import { seedFacilities } from "../../prisma/seed/facilities";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase } from "../support/db";
import { serveNode } from "../support/serve-node";
import { insertFixturePlaces, type FixturePlace } from "../support/place-fixtures";

// This file runs on its own database (Vitest gives each file its own process), so that its
// fixtures neither see nor disturb the sample data seeded elsewhere.
const scratch = await emptyDatabase();
await applyMigrations(scratch.url);
process.env.DATABASE_URL = scratch.url;
const db = createPrismaClient(scratch.url, 2);
const near = await serveNode((await import("@/pages/api/places/near")).default);
const geojson = await serveNode((await import("@/pages/api/places.geojson")).default);
const one = await import("@/app/api/places/[id]/route");

const CENTRE = { lat: 38.5137, lng: 102.1879 };
let places: FixturePlace[];
const visible = () => places.filter((p) => p.status !== "INACTIVE");

beforeAll(async () => {
  await seedFacilities(db);
  places = await insertFixturePlaces(db, 400, CENTRE);
});
afterAll(async () => {
  await Promise.all([near.close(), geojson.close(), (await import("@/lib/pg-pool")).pgPool.end()]);
  await db.$disconnect();
  await scratch.drop();
});

// Through the real Pages API handlers over HTTP, as if behind a proxy that names the site test.local.
const get = async (server: { origin: string }, query: string, headers: Record<string, string> = {}, method = "GET") => {
  const res = await fetch(`${server.origin}/api?${query}`, { method, headers: { "X-Forwarded-Host": "test.local", ...headers } });
  return { res, body: res.status === 304 || method !== "GET" ? null : await res.json() };
};

describe("GET /api/places/near", () => {
  it("orders by true great-circle distance, matching a brute-force scan", async () => {
    for (const point of [CENTRE, { lat: 38.55, lng: 102.14 }, { lat: 38.47, lng: 102.23 }]) {
      const { body } = await get(near, `lat=${point.lat}&lng=${point.lng}&limit=50`);
      const expected = visible()
        .map((p) => ({ id: p.id, d: distanceMeters(point, p) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 50);
      expect(body.places.map((p: { id: string }) => p.id)).toEqual(expected.map((e) => e.id));
      body.places.forEach((p: { distance_m: number }, i: number) => expect(Math.abs(p.distance_m - expected[i]!.d)).toBeLessThanOrEqual(1));
      const byId = new Map(places.map((p) => [p.id, p]));
      for (const p of body.places) expect(p.open_now, p.id).toBe(isOpenAt(byId.get(p.id)!, new Date()));
    }
  });

  it("combines facility filters with AND", async () => {
    const { body } = await get(near, `lat=${CENTRE.lat}&lng=${CENTRE.lng}&limit=100&facility=charging&facility=microwave`);
    const both = visible().filter((p) => p.facilities.includes("charging") && p.facilities.includes("microwave"));
    expect(body.places.length).toBe(Math.min(100, both.length));
    for (const p of body.places) expect(p.facilities).toEqual(expect.arrayContaining(["charging", "microwave"]));
  });

  it("answers bad parameters with 400 naming the parameter", async () => {
    for (const [query, parameter] of [["lat=91&lng=102", "lat"], ["lat=NaN&lng=102", "lat"], ["lat=38&lng=102&facility=sauna", "facility"]]) {
      const { res, body } = await get(near, query!);
      expect(res.status).toBe(400);
      expect(body.error.parameter).toBe(parameter);
    }
  });
});

describe("GET /api/places.geojson", () => {
  const bbox = [102.16, 38.49, 102.2, 38.53] as const;

  it("returns exactly the places inside the box, as RFC 7946 features", async () => {
    const { res, body } = await get(geojson, `bbox=${bbox.join(",")}&limit=5000`);
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    expect(body.type).toBe("FeatureCollection");
    const inside = visible().filter((p) => p.lng >= bbox[0] && p.lat >= bbox[1] && p.lng <= bbox[2] && p.lat <= bbox[3]);
    expect(body.features.map((f: { id: string }) => f.id).sort()).toEqual(inside.map((p) => p.id).sort());
    const f = body.features[0];
    expect(f.geometry.type).toBe("Point");
    expect(Object.keys(f.properties).sort()).toEqual(
      ["id", "kind", "name", "address", "district", "subdistrict", "facilities", "is_24h", "open_now", "status", "phone", "url", "updated_at", "assured_date"].sort(),
    );
    expect(f.properties.url).toBe(`http://test.local/places/${f.id}`);
    expect(body.truncated).toBe(false);
  });

  it("says when the viewport holds more than the limit, and then gives the places nearest its centre", async () => {
    const box = [102.15, 38.48, 102.23, 38.55] as const;
    const { body } = await get(geojson, `bbox=${box.join(",")}&limit=10`);
    expect(body.features).toHaveLength(10);
    expect(body.truncated).toBe(true);
    // The index's metric: longitude scaled by LNG_SCALE, then planar distance.
    const centre = { x: ((box[0] + box[2]) / 2) * LNG_SCALE, y: (box[1] + box[3]) / 2 };
    const nearest = visible()
      .filter((p) => p.lng >= box[0] && p.lat >= box[1] && p.lng <= box[2] && p.lat <= box[3])
      .map((p) => ({ id: p.id, d: Math.hypot(p.lng * LNG_SCALE - centre.x, p.lat - centre.y) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 10);
    expect(body.features.map((f: { id: string }) => f.id).sort()).toEqual(nearest.map((p) => p.id).sort());
  });

  it("computes open_now in SQL exactly as isOpenAt does", async () => {
    const { body } = await get(geojson, `bbox=100,37,104,40&limit=5000`);
    const now = new Date();
    const byId = new Map(places.map((p) => [p.id, p]));
    for (const f of body.features) {
      expect(f.properties.open_now, f.id).toBe(isOpenAt(byId.get(f.id)!, now));
    }
    const open = await get(geojson, `bbox=100,37,104,40&limit=5000&open_now=1`);
    expect(open.body.features.length).toBe(visible().filter((p) => isOpenAt(p, now)).length);
  });

  it("searches names and addresses, treating % literally", async () => {
    const { body } = await get(geojson, `bbox=100,37,104,40&limit=5000&q=${encodeURIComponent("100%")}`);
    expect(body.features.length).toBeGreaterThan(0);
    for (const f of body.features) expect(f.properties.address).toContain("100%");
  });

  it("carries Cache-Control and an ETag, and answers 304 to a matching If-None-Match", async () => {
    const first = await get(geojson, `bbox=${bbox.join(",")}`);
    expect(first.res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const etag = first.res.headers.get("etag")!;
    const again = await get(geojson, `bbox=${bbox.join(",")}`, { "If-None-Match": etag });
    expect(again.res.status).toBe(304);
    expect(await again.res.text()).toBe("");
  });

  it("answers HEAD with the headers alone and refuses other methods with 405", async () => {
    const head = await get(geojson, `bbox=${bbox.join(",")}`, {}, "HEAD");
    expect(head.res.status).toBe(200);
    expect(Number(head.res.headers.get("content-length"))).toBeGreaterThan(100);
    expect(await head.res.text()).toBe("");
    const post = await get(near, `lat=38.5&lng=102.1`, {}, "POST");
    expect(post.res.status).toBe(405);
    expect(post.res.headers.get("allow")).toBe("GET, HEAD");
  });

  it("never answers 500 to nonsense", async () => {
    for (const query of ["", "bbox=1,2,3", "bbox=a,b,c,d", "bbox=1,1,2,2&limit=-1", "bbox=1,1,2,2&kind=%00"]) {
      const { res } = await get(geojson, query);
      expect(res.status).toBe(400);
    }
  });
});

describe("GET /api/places/{id}", () => {
  it("gives one place's hours and facilities, and 404 for an inactive or unknown one", async () => {
    const open = visible().find((p) => p.hours.length > 0 && p.holidayMode === "SAME")!;
    const res = await one.GET(new Request(`http://test.local/api/places/${open.id}?lang=en`), { params: Promise.resolve({ id: open.id }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: open.id, name: expect.stringMatching(/^Test station/), hours: open.hours });
    expect(body.navigation.amap).toContain("uri.amap.com");
    expect(body.photos).toEqual([]);
    const inactive = places.find((p) => p.status === "INACTIVE")!;
    for (const id of [inactive.id, "nope"]) {
      expect((await one.GET(new Request(`http://test.local/api/places/${id}`), { params: Promise.resolve({ id }) })).status).toBe(404);
    }
  });

  it("lists a place's photos as resized images, in their order", async () => {
    const place = visible()[1]!;
    const [second, first] = await Promise.all([
      db.placePhoto.create({ data: { placeId: place.id, storageKey: `places/${place.id}/b.jpg`, width: 2048, height: 1536, sortOrder: 1 } }),
      db.placePhoto.create({ data: { placeId: place.id, storageKey: `places/${place.id}/a.jpg`, width: 1200, height: 900, sortOrder: 0 } }),
    ]);
    const res = await one.GET(new Request(`http://test.local/api/places/${place.id}`), { params: Promise.resolve({ id: place.id }) });
    const { photos } = await res.json();
    expect(photos.map((p: { width: number }) => p.width)).toEqual([1200, 2048]);
    for (const [photo, row] of [[photos[0], first], [photos[1], second]] as const) {
      // Through Next's image optimizer, at several widths, never the 2,048 px original alone.
      expect(photo.src).toContain(`/_next/image?url=${encodeURIComponent(`/api/place-photos/${row.id}`)}`);
      expect(photo.srcSet.split(", ").length).toBeGreaterThan(3);
      expect(photo.srcSet).toMatch(/&w=640&q=75 640w/);
      expect(photo.sizes).toBeTruthy();
    }
  });
});

describe("query plans", () => {
  it("use the GiST index for nearest-N and bounding-box search", async () => {
    const { nearSql, bboxSql } = await import("@/lib/places/feeds/sql");
    const { parseBboxQuery, parseNearQuery } = await import("@/lib/places/feeds/schema");
    const known = new Set(["charging"]);
    const nearQ = parseNearQuery(new URLSearchParams("lat=38.51&lng=102.18&facility=charging"), known);
    const boxQ = parseBboxQuery(new URLSearchParams("bbox=102.1,38.4,102.3,38.6"), known);
    if (!nearQ.ok || !boxQ.ok) throw new Error("bad fixture query");
    for (const { text, values } of [nearSql(nearQ.value, new Date()), bboxSql(boxQ.value, new Date())]) {
      // With so few rows the planner may prefer a scan; forbidding it shows the index serves the query.
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${text}`, ...values);
      });
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Place_location_gist");
    }
  });
});
