import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSimilarOpenCases } from "@/lib/cases/intake/data";
import { distanceMeters, haversineSql, type LatLng } from "@/lib/geo/distance";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";

const db = testDb();

// Far from the Jinchang points other files file cases at, so their cases are not "similar" here.
const HERE: LatLng = { lat: 39.7, lng: 98.5 };
const north = (metres: number): LatLng => ({ lat: HERE.lat + metres / 111_195, lng: HERE.lng });
const east = (metres: number): LatLng => ({ lat: HERE.lat, lng: HERE.lng + metres / (111_195 * Math.cos((HERE.lat * Math.PI) / 180)) });

const filed: string[] = [];

beforeAll(() => seedDatabase(db));
afterAll(async () => {
  // Leave the shared database as other files expect it: no stray open cases.
  await db.case.deleteMany({ where: { id: { in: filed } } });
  await db.$disconnect();
});

describe("haversineSql", () => {
  it("measures in PostgreSQL what distanceMeters measures in TypeScript", async () => {
    const pairs: [LatLng, LatLng][] = [
      [HERE, north(250)],
      [HERE, east(299)],
      [{ lat: 38.5137, lng: 102.1879 }, { lat: 38.2475, lng: 101.9532 }],
      [{ lat: 0, lng: 0 }, { lat: 0, lng: 180 }],
      [HERE, HERE],
    ];
    for (const [a, b] of pairs) {
      const [row] = await db.$queryRawUnsafe<{ d: number }[]>(
        `SELECT ${haversineSql("p.lat", "p.lng", "$3::float8", "$4::float8")} AS d FROM (SELECT $1::float8 AS lat, $2::float8 AS lng) p`,
        a.lat,
        a.lng,
        b.lat,
        b.lng,
      );
      expect(row!.d).toBeCloseTo(distanceMeters(a, b), 6);
    }
  });
});

describe("findSimilarOpenCases", () => {
  it("finds accepted open cases of the category within 300 m, with their distance", async () => {
    const file = async (at: LatLng, tag: string, status: "ACCEPTED" | "SUBMITTED" | "CLOSED" = "ACCEPTED") => {
      const c = await db.case.create({
        data: {
          reference: `JC-2026-G${tag}${Date.now() % 100_000}`,
          secretHash: "0".repeat(64),
          categoryCode: "entry_access",
          workerGroupCode: "food_delivery",
          description: `geo ${tag}`,
          channel: "WEB",
          consentVersion: "test",
          consentAt: new Date(),
          lat: at.lat,
          lng: at.lng,
          status,
        },
      });
      filed.push(c.id);
      return c.id;
    };
    const near = await file(north(120), "N");
    const edge = await file(east(290), "E");
    await file(north(340), "F");
    await file(east(100), "C", "CLOSED");
    await file(east(50), "S", "SUBMITTED");

    const found = await findSimilarOpenCases("entry_access", HERE.lat, HERE.lng);
    expect(found.map((r) => r.id).sort()).toEqual([near, edge].sort());
    for (const r of found) {
      const stored = await db.case.findUniqueOrThrow({ where: { id: r.id }, select: { lat: true, lng: true } });
      expect(r.distance_m).toBeCloseTo(distanceMeters(HERE, { lat: stored.lat!, lng: stored.lng! }), 6);
    }
    expect(await findSimilarOpenCases("wages", HERE.lat, HERE.lng)).toEqual([]);
  });
});
