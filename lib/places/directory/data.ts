import "server-only";
import { db } from "@/lib/db";

export function listFacilities() {
  return db.facility.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true, icon: true } });
}

export function getPlace(id: string) {
  return db.place.findFirst({
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

/** The 法定节假日 among `dates` (China dates): what open-now needs for today and yesterday. */
export function listHolidays(dates: string[]) {
  return db.calendarDay.findMany({
    where: { kind: "HOLIDAY", date: { in: dates.map((d) => new Date(`${d}T00:00:00Z`)) } },
    select: { date: true, nameZh: true, nameEn: true },
  });
}
