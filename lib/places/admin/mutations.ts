import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffSnapshots, snapshotPlace, type FieldDiff, type PlaceSnapshot } from "./diff";
import type { Datum, District, HolidayMode, HoursSpan, PlaceKind } from "../schema";

// The only code that writes places. Every change to a place writes a PlaceChange row with the
// field diff, in the same transaction, naming the staff member who made it (actorId).

type Tx = Prisma.TransactionClient;

export type PlaceWrite = {
  nameZh: string;
  nameEn: string | null;
  kind: PlaceKind;
  addressZh: string;
  addressEn: string | null;
  district: District;
  subdistrict: string;
  /** WGS-84 */
  lat: number;
  lng: number;
  sourceDatum: Datum;
  is24h: boolean;
  holidayMode?: HolidayMode;
  phone: string | null;
  organization: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  facilities: { code: string; detail: string | null }[];
  hours: HoursSpan[];
};

const WITH_LISTS = {
  facilities: { select: { facilityCode: true, detail: true } },
  hours: { select: { weekday: true, opensAt: true, closesAt: true } },
} as const;

/** A cuid-shaped id made here, so that a bulk import can link rows without reading ids back. */
export const newPlaceId = () => `c${BigInt(`0x${randomBytes(16).toString("hex")}`).toString(36).padStart(24, "0").slice(0, 24)}`;

export function scalars(p: PlaceWrite) {
  const { facilities: _f, hours: _h, ...rest } = p;
  void _f;
  void _h;
  return rest;
}

/** Locks the row, so that two edits at once each record a true diff. */
async function lockedSnapshot(tx: Tx, id: string): Promise<PlaceSnapshot> {
  await tx.$queryRaw`SELECT id FROM "Place" WHERE id = ${id} FOR UPDATE`;
  const place = await tx.place.findUnique({ where: { id }, include: WITH_LISTS });
  if (!place) throw new AppError("not_found", 404);
  return snapshotPlace(place);
}

async function snapshot(tx: Tx, id: string): Promise<PlaceSnapshot> {
  return snapshotPlace(await tx.place.findUniqueOrThrow({ where: { id }, include: WITH_LISTS }));
}

export async function writeChange(tx: Tx, placeId: string, actorId: string | null, action: string, changes: FieldDiff): Promise<void> {
  await tx.placeChange.create({ data: { placeId, actorId, action, changes } });
}

/** Runs `fn` on a locked place and records what it changed; nothing is recorded when nothing changed. */
async function changePlace(actorId: string, id: string, action: string, fn: (tx: Tx) => Promise<unknown>): Promise<FieldDiff> {
  return db.$transaction(async (tx) => {
    const before = await lockedSnapshot(tx, id);
    await fn(tx);
    const changes = diffSnapshots(before, await snapshot(tx, id));
    if (Object.keys(changes).length) await writeChange(tx, id, actorId, action, changes);
    return changes;
  });
}

export async function createPlace(actorId: string, data: PlaceWrite): Promise<string> {
  return db.$transaction(async (tx) => {
    const id = newPlaceId();
    await tx.place.create({
      data: {
        id,
        ...scalars(data),
        facilities: { create: data.facilities.map((f) => ({ facilityCode: f.code, detail: f.detail })) },
        hours: { create: data.hours },
      },
    });
    await writeChange(tx, id, actorId, "CREATE", diffSnapshots(null, await snapshot(tx, id)));
    return id;
  });
}

/** Replaces the place's details; the datum is kept when the point did not move. */
export function updatePlace(actorId: string, id: string, data: PlaceWrite): Promise<FieldDiff> {
  return changePlace(actorId, id, "UPDATE", async (tx) => {
    const current = await tx.place.findUniqueOrThrow({ where: { id }, select: { lat: true, lng: true, sourceDatum: true } });
    const moved = current.lat !== data.lat || current.lng !== data.lng;
    await tx.place.update({ where: { id }, data: { ...scalars(data), sourceDatum: moved ? data.sourceDatum : current.sourceDatum } });
    await tx.placeFacility.deleteMany({ where: { placeId: id } });
    await tx.placeFacility.createMany({ data: data.facilities.map((f) => ({ placeId: id, facilityCode: f.code, detail: f.detail })) });
    await tx.placeHours.deleteMany({ where: { placeId: id } });
    // The form's schema already dropped the weekly spans of a 24-hour place, keeping its holiday ones.
    await tx.placeHours.createMany({ data: data.hours.map((h) => ({ placeId: id, ...h })) });
  });
}

export type StatusChange = { status: "TEMPORARILY_CLOSED"; reason: string; until: string | null } | { status: "ACTIVE" } | { status: "INACTIVE" };
const STATUS_ACTIONS = { TEMPORARILY_CLOSED: "CLOSE", ACTIVE: "REOPEN", INACTIVE: "DEACTIVATE" } as const;

export function setPlaceStatus(actorId: string, id: string, change: StatusChange): Promise<FieldDiff> {
  const closed = change.status === "TEMPORARILY_CLOSED";
  return changePlace(actorId, id, STATUS_ACTIONS[change.status], (tx) =>
    tx.place.update({
      where: { id },
      data: {
        status: change.status,
        closedReason: closed ? change.reason : null,
        closedUntil: closed && change.until ? new Date(`${change.until}T00:00:00Z`) : null,
      },
    }),
  );
}

export function markPlaceVerified(actorId: string, id: string, at = new Date()): Promise<FieldDiff> {
  return changePlace(actorId, id, "VERIFY", (tx) => tx.place.update({ where: { id }, data: { lastVerifiedAt: at } }));
}

export async function addPlacePhoto(actorId: string, placeId: string, photo: { storageKey: string; width: number; height: number }): Promise<string> {
  return db.$transaction(async (tx) => {
    await lockedSnapshot(tx, placeId);
    const count = await tx.placePhoto.count({ where: { placeId } });
    const row = await tx.placePhoto.create({ data: { placeId, ...photo, sortOrder: count } });
    await writeChange(tx, placeId, actorId, "PHOTO_ADD", { photos: { from: count, to: count + 1 } });
    return row.id;
  });
}

/** Returns the storage key, for the caller to delete the file once the row is gone. */
export async function removePlacePhoto(actorId: string, photoId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const photo = await tx.placePhoto.findUnique({ where: { id: photoId } });
    if (!photo) throw new AppError("not_found", 404);
    await lockedSnapshot(tx, photo.placeId);
    const count = await tx.placePhoto.count({ where: { placeId: photo.placeId } });
    await tx.placePhoto.delete({ where: { id: photoId } });
    await writeChange(tx, photo.placeId, actorId, "PHOTO_REMOVE", { photos: { from: count, to: count - 1 } });
    return photo.storageKey;
  });
}
