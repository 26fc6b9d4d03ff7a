import "server-only";
import { db } from "@/lib/db";
import { publicReader } from "@/lib/replica/data";
import type { PlaceKind } from "../schema";

export function listFacilities() {
  return db.facility.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true, icon: true } });
}

/** A public page's read: on the replica when there is one (lib/replica/data.ts). */
export async function getPlace(id: string) {
  return (await publicReader()).place.findFirst({
    where: { id, status: { not: "INACTIVE" } },
    include: {
      facilities: { include: { facility: true }, orderBy: { facility: { sortOrder: "asc" } } },
      hours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
      photos: { select: { id: true, width: true, height: true }, orderBy: { sortOrder: "asc" } },
    },
  });
}

/** A photo of a place that is on the map; photos of deactivated places are no longer served. */
export function getPublicPlacePhoto(id: string) {
  return db.placePhoto.findFirst({ where: { id, place: { status: { not: "INACTIVE" } } }, select: { storageKey: true } });
}

const listed = (kind: PlaceKind | null) => ({ status: { not: "INACTIVE" as const }, ...(kind ? { kind } : {}) });

/** Public places in the text-only directory's order: district, subdistrict, then name. */
export function listPlacesByArea(kind: PlaceKind | null, skip: number, take: number) {
  return db.place.findMany({
    where: listed(kind),
    orderBy: [{ district: "asc" }, { subdistrict: "asc" }, { nameZh: "asc" }, { id: "asc" }],
    select: { id: true, nameZh: true, nameEn: true, addressZh: true, addressEn: true, kind: true, district: true, subdistrict: true, is24h: true },
    skip,
    take,
  });
}

export function countPlacesByArea(kind: PlaceKind | null) {
  return db.place.count({ where: listed(kind) });
}

/** The 法定节假日 among `dates` (China dates): what open-now needs for today and yesterday. */
export function listHolidays(dates: string[]) {
  return db.calendarDay.findMany({
    where: { kind: "HOLIDAY", date: { in: dates.map((d) => new Date(`${d}T00:00:00Z`)) } },
    select: { date: true, nameZh: true, nameEn: true },
  });
}
