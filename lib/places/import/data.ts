import "server-only";
import { db } from "@/lib/db";

// What the import checks a file against.

/** Every place's name and point, for the import's duplicate check. */
export function listPlacePoints() {
  return db.place.findMany({ select: { id: true, nameZh: true, lat: true, lng: true } });
}

export function listFacilityCodes() {
  return db.facility.findMany({ select: { code: true } }).then((rows) => new Set(rows.map((r) => r.code)));
}
