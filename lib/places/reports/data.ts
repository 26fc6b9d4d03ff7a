import "server-only";
import { db } from "@/lib/db";

// The staff queue of riders' reports, and what converting one to a case needs.

export function listOpenReports(placeId?: string, take = 200) {
  return db.placeReport.findMany({
    where: { status: "OPEN", ...(placeId ? { placeId } : {}) },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      type: true,
      facilityCode: true,
      description: true,
      photoKey: true,
      createdAt: true,
      count: true,
      lastReportedAt: true,
      place: { select: { id: true, nameZh: true, nameEn: true, status: true } },
    },
  });
}

export function countOpenReports() {
  return db.placeReport.count({ where: { status: "OPEN" } });
}

export function getReport(id: string) {
  return db.placeReport.findUnique({
    where: { id },
    include: { place: { select: { id: true, nameZh: true, addressZh: true, lat: true, lng: true } } },
  });
}

export function getReportPhotoKey(id: string) {
  return db.placeReport.findUnique({ where: { id }, select: { photoKey: true } }).then((r) => r?.photoKey ?? null);
}

export function findCaseIdByReference(reference: string) {
  return db.case.findUnique({ where: { reference }, select: { id: true } }).then((c) => c?.id ?? null);
}
