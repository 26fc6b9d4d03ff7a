import pg from "pg";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { toWgs84 } from "@/lib/places/directory/navigation";
import { seedCalendarAndSla } from "../../prisma/seed/calendar";
import { seedCaseCategories } from "../../prisma/seed/case-categories";
import { seedDepartments } from "../../prisma/seed/departments";
import { seedFacilities } from "../../prisma/seed/facilities";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase, uniqueEmail } from "../support/db";

// Its own database (Vitest runs each file in its own process), so that the shared sample places
// neither count as duplicates nor change the totals checked here.
// The rate limiter keeps its own pg pool; track it so that it can be closed before the drop.
const pools: pg.Pool[] = [];
pg.Pool = class extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    pools.push(this);
  }
};
const scratch = await emptyDatabase();
await applyMigrations(scratch.url);
process.env.DATABASE_URL = scratch.url;
const db = createPrismaClient(scratch.url, 2);
const { runImport } = await import("@/lib/places/import/run-import");
const mutations = await import("@/lib/places/admin/mutations");
const reportMutations = await import("@/lib/places/reports/mutations");
const { checkIn } = await import("@/lib/places/reports/checkin");
const { submitPlaceReport, convertReportToCase } = await import("@/lib/places/reports/place-reports");

let actorId: string;
const HEADER = "name_zh,name_en,kind,address_zh,district,subdistrict,lat,lng,facilities,phone,organization,is_24h,hours";
const GOOD = [
  "金川路劳动者驿站,Jinchuan Rd station,WORKER_STATION,金川区金川路8号,金川区,滨河路街道,38.5201,102.1801,charging;microwave;toilet,0935-8888001,金川区总工会,0,1-5 08:00-20:00; 1-7 22:00-06:00",
  "永昌司机之家,,DRIVER_HOME,永昌县北海子路2号,YONGCHANG,城关镇,38.2451,101.9702,truck_parking;shower,,永昌县交通局,1,",
  "新华书店爱心驿站,,FRIENDLY_MERCHANT,金川区新华路99号,,新华路街道,38.5012,102.1903,hot_water,,,0,6-7 09:00-18:00",
];
const csv = (lines: string[]) => [HEADER, ...lines].join("\n");
const counts = async () => ({ places: await db.place.count(), changes: await db.placeChange.count(), hours: await db.placeHours.count() });

beforeAll(async () => {
  await seedDepartments(db);
  await seedFacilities(db);
  await seedCaseCategories(db);
  await seedCalendarAndSla(db);
  actorId = (await db.user.create({ data: { email: uniqueEmail("officer"), name: "名录管理员", passwordHash: "x", role: "OFFICER" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await Promise.all(pools.filter((p) => !p.ending).map((p) => p.end()));
  await scratch.drop();
});

describe("bulk import", () => {
  it("a dry run lists what is wrong and changes nothing", async () => {
    const before = await counts();
    const report = await runImport(actorId, { format: "csv", datum: "GCJ02", content: csv([...GOOD, ",,WORKER_STATION,某路,金川区,,38.5,102.2,,,,0,"]) }, false);
    expect(report).toMatchObject({ ok: true, total: 4, valid: 3, imported: 0, errors: [{ line: 5, code: "missing_name" }] });
    expect(await counts()).toEqual(before);
  });

  it("an import with one bad row imports nothing", async () => {
    const before = await counts();
    const bad = "北京上海驿站,,WORKER_STATION,某路,,,39.9,116.4,,,,0,";
    const report = await runImport(actorId, { format: "csv", datum: "GCJ02", content: csv([...GOOD, bad]) }, true);
    expect(report).toMatchObject({ ok: true, imported: 0, errors: [{ line: 5, code: "outside_gansu" }] });
    expect(await counts()).toEqual(before);
  });

  it("a good import creates every place, converted to WGS-84, with an IMPORT change row each", async () => {
    const report = await runImport(actorId, { format: "csv", datum: "GCJ02", content: csv(GOOD) }, true);
    expect(report).toMatchObject({ ok: true, imported: 3, errors: [] });
    const places = await db.place.findMany({ include: { facilities: true, hours: true, changes: true }, orderBy: { nameZh: "asc" } });
    expect(places).toHaveLength(3);
    const station = places.find((p) => p.nameZh === "金川路劳动者驿站")!;
    expect(station).toMatchObject({ ...toWgs84({ lat: 38.5201, lng: 102.1801 }, "GCJ02"), sourceDatum: "GCJ02", district: "JINCHUAN", status: "ACTIVE" });
    expect(station.facilities.map((f) => f.facilityCode).sort()).toEqual(["charging", "microwave", "toilet"]);
    expect(station.hours).toHaveLength(5 + 7);
    expect(station.hours.filter((h) => h.closesAt > 1440)).toHaveLength(7);
    expect(places.find((p) => p.nameZh === "新华书店爱心驿站")!.district).toBe("JINCHUAN"); // from the point
    expect(places.find((p) => p.nameZh === "永昌司机之家")).toMatchObject({ is24h: true, district: "YONGCHANG" });
    for (const p of places) {
      expect(p.changes).toHaveLength(1);
      expect(p.changes[0]).toMatchObject({ action: "IMPORT", actorId, changes: { nameZh: { from: null, to: p.nameZh } } });
    }
    // The same file again: every row is now a duplicate of what was imported.
    const again = await runImport(actorId, { format: "csv", datum: "GCJ02", content: csv(GOOD) }, false);
    expect(again.ok && again.errors.map((e) => e.code)).toEqual(["duplicate_existing", "duplicate_existing", "duplicate_existing"]);
  });

  it("reads GeoJSON, and refuses a file it cannot read", async () => {
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: { type: "Point", coordinates: [102.21, 38.53] }, properties: { name_zh: "GeoJSON驿站", kind: "TAXI_STATION", address_zh: "金川区某路", is_24h: 1 } }],
    });
    expect(await runImport(actorId, { format: "geojson", datum: "WGS84", content: geojson }, true)).toMatchObject({ ok: true, imported: 1 });
    expect(await db.place.findFirst({ where: { nameZh: "GeoJSON驿站" } })).toMatchObject({ lat: 38.53, lng: 102.21, sourceDatum: "WGS84" });
    expect(await runImport(actorId, { format: "geojson", datum: "WGS84", content: "[1,2" }, true)).toMatchObject({ ok: false, fileError: "bad_geojson" });
  });
});

const write = (over: Partial<Parameters<typeof mutations.createPlace>[1]> = {}): Parameters<typeof mutations.createPlace>[1] => ({
  nameZh: "测试驿站",
  nameEn: null,
  kind: "WORKER_STATION",
  addressZh: "金川区测试路1号",
  addressEn: null,
  district: "JINCHUAN",
  subdistrict: "测试街道",
  lat: 38.51,
  lng: 102.19,
  sourceDatum: "WGS84",
  is24h: false,
  phone: null,
  organization: null,
  descriptionZh: null,
  descriptionEn: null,
  facilities: [{ code: "microwave", detail: null }],
  hours: [{ weekday: 1, opensAt: 480, closesAt: 1200 }],
  ...over,
});
const lastChange = (placeId: string) => db.placeChange.findFirstOrThrow({ where: { placeId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

describe("every mutation writes a PlaceChange diff", () => {
  it("create, edit, close, reopen, verify, photos, deactivate", async () => {
    const id = await mutations.createPlace(actorId, write());
    expect(await lastChange(id)).toMatchObject({ action: "CREATE", actorId, changes: { nameZh: { from: null, to: "测试驿站" }, facilities: { from: null, to: "microwave" } } });

    await mutations.updatePlace(actorId, id, write({ phone: "0935-1", hours: [{ weekday: 5, opensAt: 1080, closesAt: 1560 }] }));
    expect((await lastChange(id)).changes).toEqual({ phone: { from: null, to: "0935-1" }, hours: { from: "1 08:00-20:00", to: "5 18:00-02:00" } });
    const n = await db.placeChange.count({ where: { placeId: id } });
    expect(await mutations.updatePlace(actorId, id, write({ phone: "0935-1", hours: [{ weekday: 5, opensAt: 1080, closesAt: 1560 }] }))).toEqual({});
    expect(await db.placeChange.count({ where: { placeId: id } })).toBe(n); // nothing changed, nothing recorded

    await mutations.updatePlace(actorId, id, write({ lat: 38.52, sourceDatum: "GCJ02", phone: "0935-1", hours: [{ weekday: 5, opensAt: 1080, closesAt: 1560 }] }));
    expect((await lastChange(id)).changes).toEqual({ lat: { from: 38.51, to: 38.52 }, sourceDatum: { from: "WGS84", to: "GCJ02" } });

    await mutations.setPlaceStatus(actorId, id, { status: "TEMPORARILY_CLOSED", reason: "装修", until: "2026-12-31" });
    expect(await lastChange(id)).toMatchObject({
      action: "CLOSE",
      changes: { status: { from: "ACTIVE", to: "TEMPORARILY_CLOSED" }, closedReason: { from: null, to: "装修" }, closedUntil: { from: null, to: "2026-12-31" } },
    });
    await mutations.setPlaceStatus(actorId, id, { status: "ACTIVE" });
    expect(await lastChange(id)).toMatchObject({ action: "REOPEN", changes: { status: { from: "TEMPORARILY_CLOSED", to: "ACTIVE" }, closedReason: { from: "装修", to: null } } });

    await mutations.markPlaceVerified(actorId, id, new Date("2026-11-29T02:00:00Z"));
    expect(await lastChange(id)).toMatchObject({ action: "VERIFY", changes: { lastVerifiedAt: { from: null, to: "2026-11-29T02:00:00.000Z" } } });

    const photoId = await mutations.addPlacePhoto(actorId, id, { storageKey: `places/test/${id}.jpg`, width: 10, height: 10 });
    expect(await lastChange(id)).toMatchObject({ action: "PHOTO_ADD", changes: { photos: { from: 0, to: 1 } } });
    expect(await mutations.removePlacePhoto(actorId, photoId)).toBe(`places/test/${id}.jpg`);
    expect(await lastChange(id)).toMatchObject({ action: "PHOTO_REMOVE", changes: { photos: { from: 1, to: 0 } } });

    await mutations.setPlaceStatus(actorId, id, { status: "INACTIVE" });
    expect(await lastChange(id)).toMatchObject({ action: "DEACTIVATE", actorId, changes: { status: { from: "ACTIVE", to: "INACTIVE" } } });
  });

  it("resolving a rider's report is recorded once; a second officer gets a conflict", async () => {
    const placeId = await mutations.createPlace(actorId, write({ nameZh: "反馈驿站" }));
    const { id: reportId } = await reportMutations.recordPlaceReport({ placeId, type: "FACILITY_BROKEN", facilityCode: "microwave", description: null, photoKey: null });
    await reportMutations.resolvePlaceReport(actorId, reportId, { status: "FIXED" });
    expect(await lastChange(placeId)).toMatchObject({ action: "REPORT_FIXED", changes: { "report.FACILITY_BROKEN": { from: "OPEN", to: "FIXED" } } });
    await expect(reportMutations.resolvePlaceReport(actorId, reportId, { status: "DISMISSED" })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.placeReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ status: "FIXED", resolvedById: actorId });
  });
});

describe("riders' reports", () => {
  it("stores an anonymous report with a cleaned photo, and turns it into an anonymous case", async () => {
    const placeId = await mutations.createPlace(actorId, write({ nameZh: "微波炉驿站" }));
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c2410c" } }).jpeg().toBuffer();
    const input = { placeId, type: "FACILITY_BROKEN" as const, facilityCode: "microwave", description: "微波炉不加热", website: undefined };
    expect(await submitPlaceReport(input, new Uint8Array(photo), "10.1.0.1")).toEqual({ ok: true });
    expect(await submitPlaceReport({ ...input, facilityCode: "shower" }, null, "10.1.0.1")).toEqual({ ok: false, code: "facility_required" });
    const report = await db.placeReport.findFirstOrThrow({ where: { placeId } });
    expect(report).toMatchObject({ status: "OPEN", facilityCode: "microwave", description: "微波炉不加热" });
    expect(report.photoKey).toMatch(/^place-reports\//);

    const officer = { id: actorId, role: "OFFICER" as const, departmentId: null, name: "名录管理员" };
    const reference = await convertReportToCase(officer, report.id);
    const created = await db.case.findUniqueOrThrow({ where: { reference }, include: { photos: true } });
    expect(created).toMatchObject({ channel: "OTHER", categoryCode: "station_facilities", workerGroupCode: "other", anonymous: true, placeId, createdById: actorId, contactPhone: null });
    expect(created.description).toContain("微波炉不加热");
    expect(created.photos).toHaveLength(1);
    expect(await db.placeReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "CONVERTED", caseId: created.id });
    await expect(convertReportToCase(officer, report.id)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("check-ins", () => {
  it("count one per device per place per hour; another place or device counts", async () => {
    const a = await mutations.createPlace(actorId, write({ nameZh: "签到驿站甲" }));
    const b = await mutations.createPlace(actorId, write({ nameZh: "签到驿站乙", lat: 38.6 }));
    const at = new Date("2026-11-29T04:00:00Z");
    expect(await checkIn({ placeId: a, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.2.0.1", at })).toBe("counted");
    expect(await checkIn({ placeId: a, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.2.0.1", at })).toBe("already");
    expect(await checkIn({ placeId: b, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.2.0.1", at })).toBe("counted");
    expect(await checkIn({ placeId: a, deviceId: "device-two-bbbbbbbbbbbbbbb", ip: "10.2.0.1", at })).toBe("counted");
    expect(await checkIn({ placeId: "cnosuchplace0000000000000", deviceId: "device-two-bbbbbbbbbbbbbbb", ip: "10.2.0.1", at })).toBe("not_found");
    const days = await db.placeCheckinDay.findMany({ where: { placeId: { in: [a, b] } }, orderBy: { count: "desc" } });
    expect(days.map((d) => [d.placeId, d.day.toISOString().slice(0, 10), d.count])).toEqual([
      [a, "2026-11-29", 2],
      [b, "2026-11-29", 1],
    ]);
    // Who checked in is not kept: the device id appears nowhere, not even in the rate-limit table.
    const keys = await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limits`;
    expect(keys.some((k) => k.key.includes("device-one"))).toBe(false);
  });
});
