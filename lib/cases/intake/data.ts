import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { haversineSql } from "@/lib/geo/distance";
import { OPEN_STATUSES } from "../workflow/workflow";

/** Open cases staff have reviewed: an unreviewed (SUBMITTED) case is never shown to the public. */
const ACCEPTED_OPEN = OPEN_STATUSES.filter((s) => s !== "SUBMITTED");

export function findCategory(code: string) {
  return db.caseCategory.findFirst({ where: { code, active: true } });
}

export function workerGroupExists(code: string) {
  return db.workerGroup.count({ where: { code } }).then((n) => n > 0);
}

export function placeExists(id: string) {
  return db.place.count({ where: { id, status: { not: "INACTIVE" } } }).then((n) => n > 0);
}

export function findCaseByIdempotencyKey(key: string) {
  return db.case.findUnique({ where: { idempotencyKey: key }, select: { id: true, reference: true, status: true, requestHash: true, replayCodeCipher: true, replayCodeExpiresAt: true } });
}

export function referenceExists(reference: string) {
  return db.case.count({ where: { reference } }).then((n) => n > 0);
}

/**
 * Accepted open cases of the same category within `radiusM` metres, newest first, for "我也遇到".
 * A bounding box on lat/lng narrows the rows; the exact distance is computed in SQL (the point bound once as `here`).
 */
export function findSimilarOpenCases(categoryCode: string, lat: number, lng: number, radiusM = 300) {
  const dLat = radiusM / 111_000;
  const dLng = radiusM / (111_000 * Math.cos((lat * Math.PI) / 180));
  return db.$queryRaw<{ id: string; description: string; created_at: Date; supporter_count: number; distance_m: number }[]>`
    SELECT id, description, "createdAt" AS created_at, "supporterCount" AS supporter_count,
      ${Prisma.raw(haversineSql("lat", "lng", "here.from_lat", "here.from_lng"))} AS distance_m
    FROM "Case", (SELECT ${lat}::float8 AS from_lat, ${lng}::float8 AS from_lng) AS here
    WHERE "categoryCode" = ${categoryCode} AND status::text = ANY(${ACCEPTED_OPEN})
      AND lat BETWEEN ${lat - dLat} AND ${lat + dLat} AND lng BETWEEN ${lng - dLng} AND ${lng + dLng}
    ORDER BY "createdAt" DESC LIMIT 20`.then((rows) => rows.filter((r) => r.distance_m <= radiusM).slice(0, 5));
}

export function caseIsAccepted(id: string) {
  return db.case.count({ where: { id, status: { in: ACCEPTED_OPEN } } }).then((n) => n > 0);
}

/** The directory's places for the form without JavaScript: a plain select instead of the search. */
export function listPlaceChoices() {
  return db.place.findMany({
    where: { status: { not: "INACTIVE" } },
    select: { id: true, nameZh: true, nameEn: true },
    orderBy: [{ kind: "asc" }, { nameZh: "asc" }],
    take: 500,
  });
}

/** A place's point, so that a case filed "at this station" stores where the station really is. */
export function findPlacePoint(id: string) {
  return db.place.findFirst({ where: { id, status: { not: "INACTIVE" } }, select: { id: true, lat: true, lng: true } });
}
