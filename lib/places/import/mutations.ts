import "server-only";
import { db } from "@/lib/db";
import { diffSnapshots, snapshotPlace } from "../admin/diff";
import { newPlaceId, scalars, type PlaceWrite } from "../admin/mutations";

/** All or nothing: one transaction for every place, its lists and its IMPORT change row. */
export async function importPlaces(actorId: string, rows: PlaceWrite[]): Promise<string[]> {
  const places = rows.map((data) => ({ id: newPlaceId(), data }));
  return db.$transaction(
    async (tx) => {
      await tx.place.createMany({ data: places.map(({ id, data }) => ({ id, ...scalars(data) })) });
      await tx.placeFacility.createMany({ data: places.flatMap(({ id, data }) => data.facilities.map((f) => ({ placeId: id, facilityCode: f.code, detail: f.detail }))) });
      await tx.placeHours.createMany({ data: places.flatMap(({ id, data }) => (data.is24h ? [] : data.hours.map((h) => ({ placeId: id, ...h })))) });
      const changes = places.map(({ id, data }) => {
        const after = snapshotPlace({ ...data, status: "ACTIVE", closedReason: null, closedUntil: null, lastVerifiedAt: null, facilities: data.facilities.map((f) => ({ facilityCode: f.code, detail: f.detail })), hours: data.is24h ? [] : data.hours });
        return { placeId: id, actorId, action: "IMPORT", changes: diffSnapshots(null, after) };
      });
      await tx.placeChange.createMany({ data: changes });
      return places.map((p) => p.id);
    },
    { timeout: 120_000 },
  );
}
