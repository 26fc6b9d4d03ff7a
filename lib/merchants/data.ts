import "server-only";
import { db } from "@/lib/db";
import type { Identifier } from "@/lib/auth/schema";
import type { ApplicationStatus } from "./schema";

// Reads for the merchants domain. Every merchant-facing read takes the merchant's id and
// filters on it, so a foreign id is indistinguishable from a missing one.

const listFields = {
  id: true,
  placeId: true,
  businessName: true,
  businessType: true,
  addressZh: true,
  status: true,
  reviewNote: true,
  createdAt: true,
  updatedAt: true,
  // An application is an edit when its venue existed before it (see isEdit in loaders.ts).
  place: { select: { createdAt: true } },
} as const;

export function listMerchantApplications(merchantId: string) {
  return db.merchantApplication.findMany({ where: { merchantId }, orderBy: { createdAt: "desc" }, select: listFields });
}

export function listMerchantVenues(merchantId: string) {
  return db.place.findMany({
    where: { ownerId: merchantId },
    orderBy: { createdAt: "desc" },
    select: { id: true, nameZh: true, addressZh: true, status: true, updatedAt: true },
  });
}

export function getOwnApplication(merchantId: string, id: string) {
  return db.merchantApplication.findFirst({ where: { id, merchantId } });
}

/** A venue the merchant owns, with what the edit form starts from. */
export function getOwnVenue(merchantId: string, placeId: string) {
  return db.place.findFirst({
    where: { id: placeId, ownerId: merchantId },
    include: {
      facilities: { select: { facilityCode: true } },
      hours: { select: { weekday: true, opensAt: true, closesAt: true } },
      // The approved application behind the live version: its credit code, business type and photos.
      applications: { where: { status: "APPROVED" }, orderBy: { reviewedAt: "desc" }, take: 1 },
    },
  });
}

/** Whether every key belongs to one of this merchant's applications (so it may be kept on a new one). */
export async function merchantOwnsPhotoKeys(merchantId: string, keys: string[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const rows = await db.merchantApplication.findMany({ where: { merchantId, photoKeys: { hasSome: keys } }, select: { photoKeys: true } });
  const owned = new Set(rows.flatMap((r) => r.photoKeys));
  return keys.every((k) => owned.has(k));
}

/** The merchants whose applications hold this photo: a key in none of them is not an application photo. */
export async function photoKeyOwners(key: string): Promise<string[]> {
  const rows = await db.merchantApplication.findMany({ where: { photoKeys: { has: key } }, select: { merchantId: true } });
  return rows.map((r) => r.merchantId);
}

export function listApplicationsForReview(status: ApplicationStatus) {
  return db.merchantApplication.findMany({
    where: { status },
    // Oldest first: the queue is worked in the order merchants applied.
    orderBy: { createdAt: status === "SUBMITTED" || status === "UNDER_REVIEW" ? "asc" : "desc" },
    take: 200,
    select: { ...listFields, district: true, merchant: { select: { name: true } } },
  });
}

export async function countApplicationsByStatus(): Promise<Record<ApplicationStatus, number>> {
  const rows = await db.merchantApplication.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { SUBMITTED: 0, UNDER_REVIEW: 0, APPROVED: 0, REJECTED: 0, NEEDS_CHANGES: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

export async function getApplicationPhotoKeys(id: string): Promise<string[]> {
  const app = await db.merchantApplication.findUnique({ where: { id }, select: { photoKeys: true } });
  return app?.photoKeys ?? [];
}

export function getApplicationForReview(id: string) {
  return db.merchantApplication.findUnique({
    where: { id },
    include: {
      merchant: { select: { name: true, email: true, phone: true } },
      place: { include: { facilities: { select: { facilityCode: true } }, hours: { select: { weekday: true, opensAt: true, closesAt: true } } } },
    },
  });
}

/** Whether any account (staff or merchant) signs in with this e-mail or phone. Never shown on screen. */
export async function identifierRegistered(identifier: Identifier): Promise<boolean> {
  const where = identifier.kind === "email" ? { email: identifier.value } : { phone: identifier.value };
  return (await db.user.count({ where })) > 0;
}
