import type pg from "pg";
import type { PlaceKind, PlaceStatus } from "@/lib/places/schema";
import { FACILITIES } from "../prisma/seed/facilities";
import { CITIES, JINCHANG, insideOutline, outlineBounds, type City } from "./gansu";

/**
 * Deterministic benchmark places: Gansu-wide (most near cities, weighted by population, the
 * rest anywhere in the province) or, for the real-size scale, all around Jinchang city.
 * Inserted with one multi-row `INSERT … SELECT FROM unnest(...)` per table and batch.
 */
export type Region = "gansu" | "jinchang";
type Hours = { weekday: number; opensAt: number; closesAt: number };
export type GeneratedPlace = {
  id: string; kind: PlaceKind; nameZh: string; nameEn: string | null; addressZh: string; addressEn: string | null;
  district: "JINCHUAN" | "YONGCHANG"; subdistrict: string; lat: number; lng: number; is24h: boolean;
  status: PlaceStatus; closedUntil: string | null; phone: string | null; updatedAt: Date;
  facilities: { code: string; detail: string | null }[]; hours: Hours[];
};

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [PlaceKind, number][] = [
  ["WORKER_STATION", 0.4], ["FRIENDLY_MERCHANT", 0.2], ["FRIENDLY_COMPOUND", 0.18], ["FRIENDLY_COMMUNITY", 0.12],
  ["DRIVER_HOME", 0.04], ["FRIENDLY_HOSPITAL", 0.03], ["TAXI_STATION", 0.02], ["FRIENDLY_SCHOOL", 0.01],
];
const KIND_ZH: Record<PlaceKind, string> = {
  WORKER_STATION: "工会驿站", DRIVER_HOME: "司机之家", TAXI_STATION: "出租车驿站", FRIENDLY_MERCHANT: "友好商户",
  FRIENDLY_HOSPITAL: "友好医院", FRIENDLY_COMMUNITY: "友好社区", FRIENDLY_COMPOUND: "友好小区", FRIENDLY_SCHOOL: "友好学校",
};
/** What each kind usually offers (probability 0.8); anything else turns up with probability 0.08. */
const COMMON: Record<PlaceKind, string[]> = {
  WORKER_STATION: ["charging", "hot_water", "drinking_water", "microwave", "toilet", "seats", "climate", "first_aid", "wifi"],
  DRIVER_HOME: ["hot_water", "toilet", "seats", "shower", "bed", "truck_parking", "laundry"],
  TAXI_STATION: ["hot_water", "toilet", "seats", "charging"],
  FRIENDLY_MERCHANT: ["drinking_water", "charging", "toilet", "discount"],
  FRIENDLY_HOSPITAL: ["drinking_water", "toilet", "seats", "first_aid"],
  FRIENDLY_COMMUNITY: ["hot_water", "toilet", "seats", "umbrella"],
  FRIENDLY_COMPOUND: ["charging", "toilet"],
  FRIENDLY_SCHOOL: ["drinking_water", "toilet"],
};
const STREETS: [string, string][] = [
  ["人民路", "Renmin Rd"], ["建设路", "Jianshe Rd"], ["新华路", "Xinhua Rd"], ["北京路", "Beijing Rd"], ["长城路", "Changcheng Rd"],
  ["解放路", "Jiefang Rd"], ["和平路", "Heping Rd"], ["金川路", "Jinchuan Rd"], ["南京路", "Nanjing Rd"], ["滨河路", "Binhe Rd"],
];
/** Opening patterns (minutes, by ISO weekday): stations often never close, merchants keep shop hours, some run past midnight. */
const HOURS: { share: number; is24h: boolean; spans: (weekday: number) => [number, number][] }[] = [
  { share: 0.22, is24h: true, spans: () => [] },
  { share: 0.34, is24h: false, spans: () => [[480, 1200]] },
  { share: 0.14, is24h: false, spans: () => [[540, 1260]] },
  { share: 0.14, is24h: false, spans: (wd) => (wd <= 5 ? [[510, 1080]] : [[600, 960]]) },
  { share: 0.1, is24h: false, spans: () => [[600, 1560]] },
  { share: 0.06, is24h: false, spans: () => [[420, 720], [840, 1320]] },
];
const DAY_MS = 86_400_000;
const REFERENCE = Date.UTC(2026, 10, 1);

function pick<T>(rand: () => number, items: readonly T[], weight: (item: T) => number): T {
  let r = rand() * items.reduce((s, item) => s + weight(item), 0);
  for (const item of items) if ((r -= weight(item)) < 0) return item;
  return items[items.length - 1]!;
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function pointNear(rand: () => number, city: City, sigmaKm: number): [number, number] {
  for (;;) {
    const lat = city.lat + (gaussian(rand) * sigmaKm) / 111.2;
    const lng = city.lng + (gaussian(rand) * sigmaKm) / (111.2 * Math.cos((city.lat * Math.PI) / 180));
    if (insideOutline(lng, lat)) return [lng, lat];
  }
}

const [WEST, SOUTH, EAST, NORTH] = outlineBounds();

function pointAnywhere(rand: () => number): [number, number] {
  const [w, s, e, n] = [WEST, SOUTH, EAST, NORTH];
  for (;;) {
    const lng = w + rand() * (e - w);
    const lat = s + rand() * (n - s);
    if (insideOutline(lng, lat)) return [lng, lat];
  }
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function generatePlaces(count: number, region: Region, seed = 20261129): GeneratedPlace[] {
  const rand = prng(seed);
  const ids = prng(seed ^ 0x9e3779b9);
  return Array.from({ length: count }, (_, i) => {
    // Four in five places cluster in a city; the rest are spread over the province (county towns, highways).
    const inCity = region === "jinchang" || rand() < 0.8;
    const city = region === "jinchang" ? JINCHANG : inCity ? pick(rand, CITIES, (c) => c.millions) : CITIES[Math.floor(rand() * CITIES.length)]!;
    const [lng, lat] = region === "jinchang" ? pointNear(rand, JINCHANG, 2.5) : inCity ? pointNear(rand, city, city.sigmaKm) : pointAnywhere(rand);
    const kind = pick(rand, KINDS, (k) => k[1])[0];
    const [street, streetEn] = STREETS[Math.floor(rand() * STREETS.length)]!;
    const number = 1 + Math.floor(rand() * 300);
    const { is24h, spans } = pick(rand, HOURS, (h) => h.share);
    const hours = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => spans(weekday).map(([opensAt, closesAt]) => ({ weekday, opensAt, closesAt })));
    const common = COMMON[kind];
    const facilities = FACILITIES.filter((f) => rand() < (common.includes(f.code) ? 0.8 : 0.08)).map((f) => ({
      code: f.code,
      detail: f.code === "bed" ? `${2 + Math.floor(rand() * 20)} 张床位` : f.code === "truck_parking" ? `${10 + Math.floor(rand() * 90)} 个车位` : null,
    }));
    const s = rand();
    const status: PlaceStatus = s < 0.95 ? "ACTIVE" : s < 0.98 ? "TEMPORARILY_CLOSED" : "INACTIVE";
    return {
      id: `c${i.toString(36).padStart(8, "0")}${Math.floor(ids() * 36 ** 8).toString(36).padStart(8, "0")}${Math.floor(ids() * 36 ** 8).toString(36).padStart(8, "0")}`,
      kind,
      nameZh: `${city.nameZh}${street}${KIND_ZH[kind]}${i + 1}号`,
      nameEn: rand() < 0.7 ? `${city.nameEn} ${streetEn} ${kind.toLowerCase().replace(/_/g, " ")} #${i + 1}` : null,
      addressZh: `甘肃省${city.nameZh}市${street}${number}号`,
      addressEn: rand() < 0.7 ? `${number} ${streetEn}, ${city.nameEn}, Gansu` : null,
      district: city === JINCHANG && lng < 102.05 ? "YONGCHANG" : "JINCHUAN",
      subdistrict: city.nameZh,
      lat: round6(lat),
      lng: round6(lng),
      is24h,
      status,
      closedUntil: status === "TEMPORARILY_CLOSED" ? new Date(REFERENCE + Math.floor(rand() * 120) * DAY_MS).toISOString().slice(0, 10) : null,
      phone: rand() < 0.6 ? `${city.areaCode}-${String(8_000_000 + Math.floor(rand() * 999_999))}` : null,
      updatedAt: new Date(REFERENCE - Math.floor(rand() * 365 * DAY_MS)),
      facilities,
      hours,
    };
  });
}

const PLACE_SQL = `INSERT INTO "Place" (id, kind, "nameZh", "nameEn", "addressZh", "addressEn", district, subdistrict, lat, lng, "is24h", status, "closedUntil", phone, "isSample", "updatedAt")
  SELECT a.id, a.kind::"PlaceKind", a.nz, a.ne, a.az, a.ae, a.d::"District", a.sd, a.lat, a.lng, a.h24, a.st::"PlaceStatus", a.cu, a.ph, true, a.ua
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::float8[],
    $11::bool[], $12::text[], $13::date[], $14::text[], $15::timestamp[]) AS a(id, kind, nz, ne, az, ae, d, sd, lat, lng, h24, st, cu, ph, ua)`;
const FACILITY_SQL = `INSERT INTO "PlaceFacility" ("placeId", "facilityCode", detail) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`;
const HOURS_SQL = `INSERT INTO "PlaceHours" (id, "placeId", weekday, "opensAt", "closesAt") SELECT * FROM unnest($1::text[], $2::text[], $3::int2[], $4::int2[], $5::int2[])`;

/**
 * Inserts in batches of 5,000 places; "location" is generated by PostgreSQL and never written.
 * The rows are consistent by construction, so where the role may, foreign-key triggers are skipped
 * (session_replication_role = replica): they are ~70% of the insert time. Returns whether they were.
 */
export async function insertPlaces(client: pg.ClientBase, places: readonly GeneratedPlace[]): Promise<boolean> {
  await client.query("SET synchronous_commit = off");
  const skippedChecks = await client.query("SET session_replication_role = replica").then(() => true, () => false);
  for (let start = 0; start < places.length; start += 5000) {
    const batch = places.slice(start, start + 5000);
    const col = <K extends keyof GeneratedPlace>(k: K) => batch.map((p) => p[k]);
    await client.query(PLACE_SQL, [
      col("id"), col("kind"), col("nameZh"), col("nameEn"), col("addressZh"), col("addressEn"), col("district"), col("subdistrict"),
      col("lat"), col("lng"), col("is24h"), col("status"), col("closedUntil"), col("phone"), batch.map((p) => p.updatedAt.toISOString().slice(0, 23)),
    ]);
    const facilities = batch.flatMap((p) => p.facilities.map((f) => [p.id, f.code, f.detail] as const));
    await client.query(FACILITY_SQL, [0, 1, 2].map((i) => facilities.map((f) => f[i])));
    const hours = batch.flatMap((p) => p.hours.map((h, n) => [`${p.id}h${n}`, p.id, h.weekday, h.opensAt, h.closesAt] as const));
    await client.query(HOURS_SQL, [0, 1, 2, 3, 4].map((i) => hours.map((h) => h[i])));
  }
  if (skippedChecks) await client.query("RESET session_replication_role");
  return skippedChecks;
}
