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
      leadDepartment: { select: { nameZh: true, nameEn: true } },
      mergedIntoId: true,
      photos: { select: { id: true }, orderBy: { createdAt: "asc" } },
      events: {
        where: { public: true },
        orderBy: { createdAt: "asc" },
        select: { id: true, type: true, toStatus: true, note: true, payload: true, createdAt: true },
      },
    },
  });
}

export function findCasePhoto(caseId: string, photoId: string) {
  return db.casePhoto.findFirst({ where: { id: photoId, caseId }, select: { storageKey: true } });
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
