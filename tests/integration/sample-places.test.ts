import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/index";
import { SAMPLE_COUNTS, generateSamplePlaces, seedSamplePlaces } from "../../prisma/seed/sample-places";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase } from "../support/db";

type DistrictFeature = { properties: { name: string }; geometry: { type: "MultiPolygon"; coordinates: number[][][][] } };
const geojson = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../public/geo/jinchang-districts.wgs84.geojson"), "utf8"));
const outline = (name: string) => (geojson.features as DistrictFeature[]).find((f) => f.properties.name === name)!.geometry;
const OUTLINES = { JINCHUAN: outline("金川区"), YONGCHANG: outline("永昌县") };

// A database of its own: the shared test database may already hold places written by other tests.
let scratch: Awaited<ReturnType<typeof emptyDatabase>>;
let db: Db;

beforeAll(async () => {
  scratch = await emptyDatabase();
  await applyMigrations(scratch.url);
  db = createPrismaClient(scratch.url, 2);
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe("sample places", () => {
  it("are skipped when SEED_SAMPLE_DATA=false", async () => {
    vi.stubEnv("SEED_SAMPLE_DATA", "false");
    try {
      await seedDatabase(db);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await db.place.count()).toBe(0);
  });

  it("fill an empty directory with the exact number of each kind", async () => {
    await seedDatabase(db);
    const groups = await db.place.groupBy({ by: ["kind"], _count: true });
    expect(Object.fromEntries(groups.map((g) => [g.kind, g._count]))).toEqual(SAMPLE_COUNTS);
    expect(await db.place.count({ where: { isSample: false } })).toBe(0);
    expect(await db.place.count({ where: { sourceDatum: { not: "WGS84" } } })).toBe(0);
  });

  it("store exactly what the generator produced", async () => {
    const generated = generateSamplePlaces();
    const stored = await db.place.findMany({ include: { facilities: true, hours: true } });
    const byId = new Map(stored.map((p) => [p.id, p]));
    for (const g of generated) {
      const row = byId.get(g.id)!;
      expect(row, g.nameZh).toMatchObject({ nameZh: g.nameZh, nameEn: g.nameEn, lat: g.lat, lng: g.lng, is24h: g.is24h, status: g.status });
      expect(row.lastVerifiedAt).toEqual(g.lastVerifiedAt);
      expect(row.closedUntil).toEqual(g.closedUntil);
      expect(row.facilities.map((f) => [f.facilityCode, f.detail ?? undefined]).sort()).toEqual(g.facilities.map((f) => [f.code, f.detail]).sort());
      expect(row.hours).toHaveLength(g.hours.length);
    }
  });

  it("lie inside the outline of the district each one claims", async () => {
    const places = await db.place.findMany({ select: { nameZh: true, district: true, lat: true, lng: true } });
    const outside = places.filter((p) => !booleanPointInPolygon([p.lng, p.lat], OUTLINES[p.district]));
    expect(outside).toEqual([]);
  });

  it("include the 24-hour riders' home in 宝河苑 with its facilities", async () => {
    const station = await db.place.findFirstOrThrow({
      where: { nameZh: "工会驿站·骑手之家（宝河苑社区）" },
      include: { facilities: true, hours: true },
    });
    expect(station).toMatchObject({ kind: "WORKER_STATION", district: "YONGCHANG", subdistrict: "城关镇", is24h: true, status: "ACTIVE" });
    expect(station.hours).toEqual([]);
    expect(station.facilities.map((f) => f.facilityCode)).toEqual(
      expect.arrayContaining(["seats", "microwave", "charging", "first_aid", "books", "hot_water"]),
    );
  });

  it("include the 水泉子 drivers' home with its beds and truck parking", async () => {
    const home = await db.place.findFirstOrThrow({ where: { nameZh: "永昌水泉子服务区司机之家" }, include: { facilities: true } });
    expect(home).toMatchObject({ kind: "DRIVER_HOME", district: "YONGCHANG", is24h: true });
    const details = Object.fromEntries(home.facilities.map((f) => [f.facilityCode, f.detail]));
    expect(details).toMatchObject({ halal_food: "清真餐厅", bed: "14张床位", truck_parking: "80个货车停车位" });
    expect(Object.keys(details)).toEqual(expect.arrayContaining(["shower", "hot_water", "massage_chair"]));
  });

  it("are not duplicated by a second seeding", async () => {
    const before = [await db.place.count(), await db.placeFacility.count(), await db.placeHours.count()];
    await seedDatabase(db);
    expect([await db.place.count(), await db.placeFacility.count(), await db.placeHours.count()]).toEqual(before);
  });

  it("leave a directory that already has a place alone", async () => {
    await db.place.deleteMany();
    await db.place.create({
      data: { kind: "WORKER_STATION", nameZh: "真实驿站", addressZh: "金昌市金川区新华路1号", district: "JINCHUAN", subdistrict: "金川路街道", lat: 38.51, lng: 102.19 },
    });
    await seedSamplePlaces(db);
    expect(await db.place.count()).toBe(1);
  });

  it("come from a deterministic generator", () => {
    const [first, second] = [generateSamplePlaces(), generateSamplePlaces()];
    const head = (places: typeof first) => places.slice(0, 20).map((p) => [p.id, p.lat, p.lng]);
    expect(head(second)).toEqual(head(first));
    expect(second).toEqual(first);
  });
});
