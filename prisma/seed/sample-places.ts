import type { PlaceKind, PlaceStatus } from "@/lib/places/schema";
import type { Db } from "@/lib/prisma-client";
import { chinaDayStart } from "@/lib/time/china";
import { insertRows } from "./sample-places/bulk-insert";
import type { PlaceDraft } from "./sample-places/draft";
import { communities, compounds, hospitals, merchants, school, workerStation } from "./sample-places/generators";
import { loadDistrictPolygons, type DistrictPolygons } from "./sample-places/geometry";
import { CLOSURES } from "./sample-places/names";
import { Random } from "./sample-places/random";
import { specialPlaces } from "./sample-places/special-places";

export const SAMPLE_SEED = 20261101;

/** Verification dates count back from a fixed day, not from now, so every run writes the same rows. */
export const REFERENCE_DATE = chinaDayStart("2026-11-01");

export const SAMPLE_COUNTS: Record<PlaceKind, number> = {
  WORKER_STATION: 211,
  DRIVER_HOME: 2,
  TAXI_STATION: 1,
  FRIENDLY_MERCHANT: 12,
  FRIENDLY_HOSPITAL: 6,
  FRIENDLY_COMMUNITY: 43,
  FRIENDLY_COMPOUND: 259,
  FRIENDLY_SCHOOL: 1,
};

export type SamplePlace = Omit<PlaceDraft, "status" | "closedReason" | "closedUntil" | "descriptionZh" | "descriptionEn"> & {
  id: string;
  status: PlaceStatus;
  closedReason: string | null;
  closedUntil: Date | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  lastVerifiedAt: Date;
  holidayMode: "SAME" | "CLOSED";
};

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A few generated stations are closed, so the map's closed and inactive states have something to show. */
function markClosures(rng: Random, drafts: PlaceDraft[], specialCount: number): void {
  const stations = rng.shuffle(drafts.slice(specialCount).filter((d) => d.kind === "WORKER_STATION"));
  CLOSURES.forEach((closure, i) => {
    Object.assign(stations[i]!, { status: "TEMPORARILY_CLOSED", closedReason: closure.reason, closedUntil: new Date(`${closure.until}T00:00:00Z`) });
  });
  for (const station of stations.slice(CLOSURES.length, CLOSURES.length + 2)) station.status = "INACTIVE";
}

/** The sample directory: pure and deterministic for a given seed. */
export function generateSamplePlaces(polygons: DistrictPolygons = loadDistrictPolygons(), seed = SAMPLE_SEED): SamplePlace[] {
  const rng = new Random(seed);
  const ids = new Random(seed ^ 0x9e3779b9);
  const special = specialPlaces();
  const ctx = { rng, polygons, usedNames: new Set(special.map((p) => p.nameZh)) };
  const specialStations = special.filter((p) => p.kind === "WORKER_STATION").length;
  const drafts = [
    ...special,
    ...Array.from({ length: SAMPLE_COUNTS.WORKER_STATION - specialStations }, () => workerStation(ctx)),
    ...communities(ctx, SAMPLE_COUNTS.FRIENDLY_COMMUNITY),
    ...compounds(ctx, SAMPLE_COUNTS.FRIENDLY_COMPOUND),
    ...merchants(ctx),
    ...hospitals(ctx),
    school(ctx),
  ];
  markClosures(rng, drafts, special.length);
  for (const [kind, expected] of Object.entries(SAMPLE_COUNTS)) {
    const actual = drafts.filter((d) => d.kind === kind).length;
    if (actual !== expected) throw new Error(`Sample data has ${actual} ${kind}, expected ${expected}`);
  }
  let merchant = 0;
  return drafts.map((d) => ({
    ...d,
    // Stations keep their hours on 法定节假日; every other merchant with set hours closes then.
    holidayMode: d.kind === "FRIENDLY_MERCHANT" && !d.is24h && merchant++ % 2 === 0 ? "CLOSED" : "SAME",
    id: ids.id(),
    status: d.status ?? "ACTIVE",
    closedReason: d.closedReason ?? null,
    closedUntil: d.closedUntil ?? null,
    descriptionZh: d.descriptionZh ?? null,
    descriptionEn: d.descriptionEn ?? null,
    lastVerifiedAt: new Date(REFERENCE_DATE.getTime() - rng.int(1, 365) * DAY_MS + rng.int(9 * 60, 18 * 60) * MINUTE_MS),
  }));
}

const PLACE_COLUMNS = [
  ["id", "text"], ["kind", '"PlaceKind"'], ["nameZh", "text"], ["nameEn", "text"], ["addressZh", "text"], ["addressEn", "text"],
  ["district", '"District"'], ["subdistrict", "text"], ["lat", "double precision"], ["lng", "double precision"],
  ["sourceDatum", '"Datum"'], ["is24h", "boolean"], ["holidayMode", '"PlaceHolidayMode"'], ["status", '"PlaceStatus"'], ["closedReason", "text"], ["closedUntil", "date"],
  ["phone", "text"], ["organization", "text"], ["descriptionZh", "text"], ["descriptionEn", "text"],
  ["lastVerifiedAt", "timestamp(3)"], ["isSample", "boolean"], ["updatedAt", "timestamp(3)"],
] as const;

const FACILITY_COLUMNS = [["placeId", "text"], ["facilityCode", "text"], ["detail", "text"]] as const;
const HOURS_COLUMNS = [["id", "text"], ["placeId", "text"], ["weekday", "smallint"], ["opensAt", "smallint"], ["closesAt", "smallint"]] as const;

/**
 * Fills an empty directory with sample places (isSample = true). Any existing place, real or sample,
 * means the directory is in use and is left alone. SEED_SAMPLE_DATA=false skips it.
 */
export async function seedSamplePlaces(db: Db): Promise<void> {
  if (process.env.SEED_SAMPLE_DATA?.trim().toLowerCase() === "false") return;
  if (await db.place.findFirst({ select: { id: true } })) return;
  const places = generateSamplePlaces();
  const hourIds = new Random(SAMPLE_SEED ^ 0x40c5);
  const updatedAt = new Date();
  // `location` is left out: PostgreSQL generates it from lat/lng.
  const placeRows = places.map((p) => ({ ...p, facilities: undefined, hours: undefined, sourceDatum: "WGS84", isSample: true, updatedAt }));
  const facilityRows = places.flatMap((p) => p.facilities.map((f) => ({ placeId: p.id, facilityCode: f.code, detail: f.detail ?? null })));
  const hoursRows = places.flatMap((p) => p.hours.map((h) => ({ id: hourIds.id(), placeId: p.id, ...h })));
  // Ids are deterministic: a second seeder racing this one fails on the primary key and rolls back.
  await db.$transaction([
    insertRows(db, "Place", PLACE_COLUMNS, placeRows),
    insertRows(db, "PlaceFacility", FACILITY_COLUMNS, facilityRows),
    insertRows(db, "PlaceHours", HOURS_COLUMNS, hoursRows),
  ]);
  console.log(`Seeded ${places.length} sample places.`);
}
