import "server-only";
import { db } from "@/lib/db";
import { publicReader } from "@/lib/replica/data";

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
