import type { Db } from "@/lib/prisma-client";
import type { HoursSpan } from "@/lib/places/schema";

/** A tiny deterministic PRNG (mulberry32), so fixtures are the same on every run. */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FixturePlace = {
  id: string;
  lat: number;
  lng: number;
  facilities: string[];
  is24h: boolean;
  hours: HoursSpan[];
  status: "ACTIVE" | "TEMPORARILY_CLOSED" | "INACTIVE";
  closedUntil: string | null;
  holidayMode: "SAME" | "CLOSED" | "HOURS";
};

const FACILITY_POOL = ["charging", "microwave", "hot_water", "toilet"];
/** Holiday spans (weekday 8) for places whose holiday rule is HOURS: a short day, and a night past midnight. */
const HOLIDAY_HOURS: HoursSpan[][] = [[{ weekday: 8, opensAt: 600, closesAt: 960 }], [{ weekday: 8, opensAt: 1200, closesAt: 1620 }]];
const HOURS: HoursSpan[][] = [
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 480, closesAt: 1200 })),
  [5, 6, 7].map((weekday) => ({ weekday, opensAt: 1080, closesAt: 1800 })),
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 540, closesAt: 1020 })),
];

/** `count` places scattered around (lat, lng) within ~`spread` degrees, with mixed facilities and hours. */
export async function insertFixturePlaces(db: Db, count: number, around: { lat: number; lng: number }, spread = 0.05): Promise<FixturePlace[]> {
  const rand = prng(42);
  const places: FixturePlace[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const status = i % 25 === 3 ? "TEMPORARILY_CLOSED" : i % 40 === 7 ? "INACTIVE" : "ACTIVE";
    const holidayMode = i % 5 === 1 ? "CLOSED" : i % 5 === 2 ? "HOURS" : "SAME";
    const weekly = r < 0.15 ? [] : HOURS[i % HOURS.length]!;
    places.push({
      id: `fixture${String(i).padStart(6, "0")}placeabcdef`,
      lat: around.lat + (rand() - 0.5) * 2 * spread,
      lng: around.lng + (rand() - 0.5) * 2 * spread,
      facilities: FACILITY_POOL.filter(() => rand() < 0.5),
      is24h: r < 0.15,
      hours: holidayMode === "HOURS" ? [...weekly, ...HOLIDAY_HOURS[i % 2]!] : weekly,
      status,
      holidayMode,
      closedUntil: status === "TEMPORARILY_CLOSED" ? (i % 2 ? "2026-12-31" : "2026-01-01") : null,
    });
  }
  await db.place.createMany({
    data: places.map((p, i) => ({
      id: p.id,
      kind: i % 3 ? "WORKER_STATION" : "FRIENDLY_MERCHANT",
      nameZh: `测试驿站${i}号`,
      nameEn: `Test station ${i}`,
      addressZh: i % 10 === 0 ? "新华路100%号" : `北京路${i}号`,
      district: "JINCHUAN",
      subdistrict: "北京路街道",
      lat: p.lat,
      lng: p.lng,
      is24h: p.is24h,
      holidayMode: p.holidayMode,
      status: p.status,
      closedUntil: p.closedUntil ? new Date(`${p.closedUntil}T00:00:00Z`) : null,
    })),
  });
  await db.placeFacility.createMany({ data: places.flatMap((p) => p.facilities.map((facilityCode) => ({ placeId: p.id, facilityCode }))) });
  await db.placeHours.createMany({ data: places.flatMap((p) => p.hours.map((h) => ({ placeId: p.id, ...h }))) });
  return places;
}
