import "server-only";
import { db } from "@/lib/db";
import { CASE_ASSIGNMENT_SELECT } from "../access";

/** What tracking needs: the secret hash to check, and only public fields and public events. */
export function findCaseForTracking(reference: string) {
  return db.case.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      secretHash: true,
      status: true,
      categoryCode: true,
      category: { select: { nameZh: true, nameEn: true } },
      dueAt: true,
      createdAt: true,
      rating: true,
      reopenCount: true,
      // Only to match a worker session's verified phone (lib/workers/loaders.ts); never shown.
      contactPhone: true,
      redactedAt: true,
      leadDepartment: { select: { nameZh: true, nameEn: true } },
      mergedIntoId: true,
      photos: { select: { id: true }, orderBy: { createdAt: "asc" } },
      events: {
        where: { public: true },
        // Latest first: what a worker checking on the case wants to see is what happened last.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, type: true, toStatus: true, note: true, payload: true, actorKind: true, createdAt: true },
      },
    },
  });
}

export function findCasesAwaitingRatingSince(resolvedBefore: Date) {
  return db.case.findMany({ where: { status: "RESOLVED", resolvedAt: { lt: resolvedBefore } }, select: { id: true, version: true }, take: 500 });
}

export function findCaseForPhoto(reference: string, photoId: string) {
  return db.case.findUnique({
    where: { reference },
    select: { reference: true, secretHash: true, ...CASE_ASSIGNMENT_SELECT, photos: { where: { id: photoId }, select: { storageKey: true } } },
  });
}

/** Everything the worker submitted, for their own view and download (PIPL right of access). */
export function findCaseDataForWorker(reference: string) {
  return db.case.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      secretHash: true,
      status: true,
      channel: true,
      createdAt: true,
      closedAt: true,
      category: { select: { code: true, nameZh: true, nameEn: true, attributes: true } },
      workerGroup: { select: { code: true, nameZh: true, nameEn: true } },
      description: true,
      attributes: true,
      lat: true,
      lng: true,
      district: true,
      place: { select: { nameZh: true, nameEn: true } },
      employer: true,
      anonymous: true,
      contactName: true,
      contactPhone: true,
      consentVersion: true,
      consentAt: true,
      ratingComment: true,
      deletionRequestedAt: true,
      redactedAt: true,
      photos: { select: { id: true }, orderBy: { createdAt: "asc" } },
    },
  });
}
