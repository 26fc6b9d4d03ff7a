import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { chinaClock, isOpenAt, previousDate } from "@/lib/places/directory/hours";
import { parseBboxQuery, parseNearQuery } from "@/lib/places/feeds/schema";
import { bboxSql } from "@/lib/places/feeds/sql";
import { seedFacilities } from "../../prisma/seed/facilities";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase } from "../support/db";
import { serveNode } from "../support/serve-node";
import { insertFixturePlaces, type FixturePlace } from "../support/place-fixtures";

// Holidays in open-now (SQL against isOpenAt) and the 24-hour filter, on a database of its own.
const scratch = await emptyDatabase();
await applyMigrations(scratch.url);
process.env.DATABASE_URL = scratch.url;
const db = createPrismaClient(scratch.url, 2);
const { pgPool } = await import("@/lib/pg-pool");
const near = await serveNode((await import("@/pages/api/places/near")).default);
const geojson = await serveNode((await import("@/pages/api/places.geojson")).default);

const CENTRE = { lat: 38.5137, lng: 102.1879 };
const ALL = "bbox=100,37,104,40&limit=5000";
let places: FixturePlace[];
const visible = () => places.filter((p) => p.status !== "INACTIVE");
const day = (date: string, kind: "HOLIDAY" | "WORKDAY") => ({ date: new Date(`${date}T00:00:00Z`), kind, nameZh: "测试", nameEn: "Test" });

beforeAll(async () => {
  await seedFacilities(db);
  places = await insertFixturePlaces(db, 300, CENTRE);
});
afterAll(async () => {
  await Promise.all([near.close(), geojson.close(), pgPool.end()]);
  await db.$disconnect();
  await scratch.drop();
});

const get = async (server: { origin: string }, query: string) => {
  const res = await fetch(`${server.origin}/api?${query}`, { headers: { "X-Forwarded-Host": "test.local" } });
  return { res, body: await res.json() };
};

describe("open_now across holidays", () => {
  it("the SQL agrees with isOpenAt at every step of a holiday week, 调休 Saturday included", async () => {
    // National Day 2026: Thu 1 and Fri 2 October are holidays; Sat 10 October is a make-up working day.
    const holidays = ["2026-10-01", "2026-10-02"];
    await db.calendarDay.createMany({ data: [...holidays.map((d) => day(d, "HOLIDAY")), day("2026-10-10", "WORKDAY")] });
    try {
      const q = parseBboxQuery(new URLSearchParams(ALL), new Set());
      if (!q.ok) throw new Error("bad query");
      const byId = new Map(places.map((p) => [p.id, p]));
      let disagreements = 0;
      let holidayEffects = 0;
      // Every 97 minutes from Tuesday 29 September to Sunday 11 October (China): each hour of the day is hit.
      for (let t = Date.parse("2026-09-28T16:00:00Z"); t < Date.parse("2026-10-11T16:00:00Z"); t += 97 * 60_000) {
        const at = new Date(t);
        const { text, values } = bboxSql(q.value, at);
        const { rows } = await pgPool.query<{ id: string; open_now: boolean }>(text, values);
        for (const row of rows) {
          const p = byId.get(row.id)!;
          const expected = isOpenAt(p, at, new Set(holidays));
          if (row.open_now !== expected) disagreements++;
          if (expected !== isOpenAt(p, at)) holidayEffects++;
        }
      }
      expect(disagreements).toBe(0);
      // The sweep must actually exercise the holiday rules, not only ordinary days.
      expect(holidayEffects).toBeGreaterThan(100);
    } finally {
      await db.calendarDay.deleteMany({});
    }
  });

  it("the feeds close a place on a holiday today that is open every ordinary day", async () => {
    const today = chinaClock(new Date()).date;
    const id = "holidayclosedplace0000001";
    await db.place.create({
      data: { id, kind: "FRIENDLY_MERCHANT", nameZh: "节假日休息商户", addressZh: "测试路1号", district: "JINCHUAN", subdistrict: "测试街道", lat: 38.7, lng: 102.5, is24h: true, holidayMode: "CLOSED" },
    });
    try {
      const box = "bbox=102.49,38.69,102.51,38.71";
      expect((await get(geojson, box)).body.features[0].properties.open_now).toBe(true);
      await db.calendarDay.create({ data: day(today, "HOLIDAY") });
      expect((await get(geojson, box)).body.features[0].properties.open_now).toBe(false);
      expect((await get(geojson, `${box}&open_now=1`)).body.features).toEqual([]);
      const { body } = await get(near, "lat=38.7&lng=102.5&limit=1");
      expect(body.places[0]).toMatchObject({ id, open_now: false });
      // Yesterday's holiday does not close it today.
      await db.calendarDay.deleteMany({});
      await db.calendarDay.create({ data: day(previousDate(today), "HOLIDAY") });
      expect((await get(geojson, box)).body.features[0].properties.open_now).toBe(true);
    } finally {
      await db.calendarDay.deleteMany({});
      await db.place.delete({ where: { id } });
    }
  });
});

describe("is_24h", () => {
  it("keeps only 24-hour places in both feeds", async () => {
    const allDay = visible().filter((p) => p.is24h);
    expect(allDay.length).toBeGreaterThan(5);
    const box = await get(geojson, `${ALL}&is_24h=1`);
    expect(box.body.features.map((f: { id: string }) => f.id).sort()).toEqual(allDay.map((p) => p.id).sort());
    const nearBody = (await get(near, `lat=${CENTRE.lat}&lng=${CENTRE.lng}&limit=100&is_24h=1`)).body;
    expect(nearBody.places.length).toBe(Math.min(100, allDay.length));
    for (const p of nearBody.places) expect(p.is_24h).toBe(true);
    expect((await get(geojson, `${ALL}&is_24h=0`)).body.features.length).toBe(visible().length);
  });

  it("answers a bad value with 400 naming is_24h", async () => {
    for (const [server, query] of [[geojson, `${ALL}&is_24h=yes`], [near, "lat=38&lng=102&is_24h=2"]] as const) {
      const { res, body } = await get(server, query);
      expect(res.status).toBe(400);
      expect(body.error.parameter).toBe("is_24h");
    }
    expect(parseNearQuery(new URLSearchParams("lat=38&lng=102&is_24h=true"), new Set()).ok).toBe(true);
  });
});
