import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedFacilities } from "../../prisma/seed/facilities";
import { applyMigrations } from "../../scripts/lib/migrate";
import { emptyDatabase } from "../support/db";

// Riders' one-tap answers, merged reports and the staff 待核实 list, on a database of their own.
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
const { answerPlace } = await import("@/lib/places/reports/confirm");
const { submitPlaceReport } = await import("@/lib/places/reports/place-reports");
const { listOpenReports } = await import("@/lib/places/reports/data");
const { countPlacesToCheck, toCheckWhere } = await import("@/lib/places/admin/data");
const { loadPlaceDetail } = await import("@/lib/places/directory/loaders");

let n = 0;
async function place(over: { lastVerifiedAt?: Date | null; lastConfirmedAt?: Date | null; status?: "ACTIVE" | "INACTIVE" } = {}) {
  const id = `confirmplace${String(++n).padStart(13, "0")}`;
  await db.place.create({
    data: { id, kind: "WORKER_STATION", nameZh: `确认驿站${n}`, addressZh: "测试路", district: "JINCHUAN", subdistrict: "测试街道", lat: 38.5, lng: 102.2, ...over },
  });
  await db.placeFacility.createMany({ data: [{ placeId: id, facilityCode: "hot_water" }, { placeId: id, facilityCode: "charging" }] });
  return id;
}
const ok = { kind: "ok" } as const;

beforeAll(async () => {
  await seedFacilities(db);
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await Promise.all(pools.filter((p) => !p.ending).map((p) => p.end()));
  await scratch.drop();
});

describe("设施正常", () => {
  it("counts one answer per device per place per China day, and moves the place's assured date", async () => {
    const a = await place();
    const b = await place();
    const at = new Date("2026-11-29T04:00:00Z");
    const bBefore = await db.place.findUniqueOrThrow({ where: { id: b } });
    expect(await answerPlace({ placeId: a, answer: ok, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.3.0.1", at })).toBe("confirmed");
    expect(await answerPlace({ placeId: a, answer: ok, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.3.0.1", at })).toBe("already");
    // A problem the same day is the same device's one answer too.
    expect(await answerPlace({ placeId: a, answer: { kind: "problem", type: "CLOSED_WHEN_OPEN", facilityCode: null }, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.3.0.1", at })).toBe("already");
    expect(await answerPlace({ placeId: b, answer: ok, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.3.0.1", at })).toBe("confirmed");
    const nextDay = new Date("2026-11-30T04:00:00Z");
    expect(await answerPlace({ placeId: a, answer: ok, deviceId: "device-one-aaaaaaaaaaaaaaa", ip: "10.3.0.1", at: nextDay })).toBe("confirmed");
    expect(await answerPlace({ placeId: "cnosuchplace0000000000000", answer: ok, deviceId: "device-two-bbbbbbbbbbbbbbb", ip: "10.3.0.1", at })).toBe("not_found");
    expect((await db.place.findUniqueOrThrow({ where: { id: a } })).lastConfirmedAt).toEqual(nextDay);
    // The confirmation is not an edit: updatedAt (the feeds' updated_at) stays.
    expect((await db.place.findUniqueOrThrow({ where: { id: b } })).updatedAt).toEqual(bBefore.updatedAt);
    // Nothing about the device is kept, not even in the rate-limit table.
    const keys = await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limits`;
    expect(keys.some((k) => k.key.includes("device-one"))).toBe(false);
  });

  it("shows in the public place JSON as assured_date, the later of staff verification and rider confirmation", async () => {
    const id = await place({ lastVerifiedAt: new Date("2026-10-01T02:00:00Z") });
    expect(await loadPlaceDetail(id, "zh-CN")).toMatchObject({ assured_date: "2026-10-01", assuredBy: "staff" });
    const now = new Date();
    expect(await answerPlace({ placeId: id, answer: ok, deviceId: "device-json-ccccccccccccccc", ip: "10.3.0.2", at: now })).toBe("confirmed");
    const { GET } = await import("@/app/api/places/[id]/route");
    const body = await (await GET(new Request(`http://test.local/api/places/${id}`), { params: Promise.resolve({ id }) })).json();
    expect(body).toMatchObject({ assured_date: new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10), assuredBy: "rider" });
  });

  it("refuses a facility the place does not offer", async () => {
    const id = await place();
    const answer = { kind: "problem", type: "FACILITY_BROKEN", facilityCode: "shower" } as const;
    expect(await answerPlace({ placeId: id, answer, deviceId: "device-three-ddddddddddddd", ip: "10.3.0.3" })).toBe("not_found");
  });
});

describe("repeated reports", () => {
  it("become one open item with a count while open; a new one starts once it is resolved", async () => {
    const id = await place();
    const broken = { kind: "problem", type: "FACILITY_BROKEN", facilityCode: "hot_water" } as const;
    for (const device of ["r1", "r2", "r3"]) {
      expect(await answerPlace({ placeId: id, answer: broken, deviceId: `device-${device}-eeeeeeeeeeeeeeeeee`, ip: "10.3.1.1" })).toBe("reported");
    }
    // The long form with the same problem counts on the same item and keeps its description.
    expect(await submitPlaceReport({ placeId: id, type: "FACILITY_BROKEN", facilityCode: "hot_water", description: "饮水机不热", website: "" }, null, "10.3.1.2")).toEqual({ ok: true });
    // Another facility, or another problem, is an item of its own; OTHER is never merged.
    await answerPlace({ placeId: id, answer: { ...broken, facilityCode: "charging" }, deviceId: "device-r4-eeeeeeeeeeeeeeeeee", ip: "10.3.1.1" });
    for (let i = 0; i < 2; i++) await submitPlaceReport({ placeId: id, type: "OTHER", facilityCode: null, description: `其他${i}`, website: "" }, null, "10.3.1.3");
    const open = await listOpenReports(id);
    const hot = open.filter((r) => r.facilityCode === "hot_water");
    expect(hot).toHaveLength(1);
    expect(hot[0]).toMatchObject({ count: 4, description: "饮水机不热" });
    expect(hot[0]!.lastReportedAt.getTime()).toBeGreaterThanOrEqual(hot[0]!.createdAt.getTime());
    expect(open.filter((r) => r.facilityCode === "charging").map((r) => r.count)).toEqual([1]);
    expect(open.filter((r) => r.type === "OTHER")).toHaveLength(2);
    await db.placeReport.update({ where: { id: hot[0]!.id }, data: { status: "FIXED" } });
    await answerPlace({ placeId: id, answer: broken, deviceId: "device-r5-eeeeeeeeeeeeeeeeee", ip: "10.3.1.1" });
    const again = (await listOpenReports(id)).filter((r) => r.facilityCode === "hot_water");
    expect(again.map((r) => r.count)).toEqual([1]);
  });
});

describe("待核实", () => {
  it("lists places nobody confirmed or verified within the ageing window, and not inactive ones", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 120 * 86_400_000);
    const recent = new Date(now.getTime() - 5 * 86_400_000);
    await db.place.deleteMany({ where: { reports: { none: {} } } });
    const ids = {
      never: await place(),
      oldBoth: await place({ lastVerifiedAt: old, lastConfirmedAt: old }),
      verified: await place({ lastVerifiedAt: recent }),
      confirmed: await place({ lastVerifiedAt: old, lastConfirmedAt: recent }),
      inactive: await place({ status: "INACTIVE" }),
    };
    const listed = await db.place.findMany({ where: { AND: [toCheckWhere(now), { id: { in: Object.values(ids) } }] }, select: { id: true } });
    expect(listed.map((p) => p.id).sort()).toEqual([ids.never, ids.oldBoth].sort());
    expect(await countPlacesToCheck(now)).toBeGreaterThanOrEqual(2);
  });
});
