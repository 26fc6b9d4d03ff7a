import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, type ListFilter } from "./schema";
import { staleBefore } from "../directory/freshness";

// Staff reads of the directory.


export type DirectoryFilter = Omit<ListFilter, "page">;

export function directoryWhere(f: DirectoryFilter, now = new Date()): Prisma.PlaceWhereInput {
  const and: Prisma.PlaceWhereInput[] = [];
  if (f.kind) and.push({ kind: f.kind });
  if (f.district) and.push({ district: f.district });
  if (f.status) and.push({ status: f.status });
  if (f.facility) and.push({ facilities: { some: { facilityCode: f.facility } } });
  if (f.stale) and.push(toCheckWhere(now));
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    and.push({ OR: [{ nameZh: contains }, { nameEn: contains }, { addressZh: contains }, { phone: contains }, { organization: contains }, { id: f.q }] });
  }
  return { AND: and };
}

/**
 * 待核实: places on the map that neither staff verified nor a rider confirmed within the freshness
 * module's ageing window (lib/places/directory/freshness.ts), so the list and the badges agree.
 */
export function toCheckWhere(now = new Date()): Prisma.PlaceWhereInput {
  const before = staleBefore(now);
  return {
    status: { not: "INACTIVE" },
    AND: [{ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: before } }] }, { OR: [{ lastConfirmedAt: null }, { lastConfirmedAt: { lt: before } }] }],
  };
}

export function countPlacesToCheck(now = new Date()) {
  return db.place.count({ where: toCheckWhere(now) });
}

export async function listDirectory(f: ListFilter) {
  const where = directoryWhere(f);
  const [rows, total] = await Promise.all([
    db.place.findMany({
      where,
      orderBy: [{ nameZh: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        kind: true,
        district: true,
        subdistrict: true,
        status: true,
        lastVerifiedAt: true,
        lastConfirmedAt: true,
        isSample: true,
        _count: { select: { reports: { where: { status: "OPEN" } } } },
      },
    }),
    db.place.count({ where }),
  ]);
  return { rows, total };
}

export function getDirectoryPlace(id: string) {
  return db.place.findUnique({
    where: { id },
    include: {
      facilities: { select: { facilityCode: true, detail: true } },
      hours: { select: { weekday: true, opensAt: true, closesAt: true }, orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
      photos: { select: { id: true, width: true, height: true }, orderBy: { sortOrder: "asc" } },
    },
  });
}

export function listPlaceChanges(placeId: string, take = 100) {
  return db.placeChange.findMany({
    where: { placeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, action: true, changes: true, createdAt: true, actor: { select: { name: true } } },
  });
}

export function listCheckinDays(placeId: string, since: string) {
  return db.placeCheckinDay.findMany({ where: { placeId, day: { gte: new Date(`${since}T00:00:00Z`) } }, orderBy: { day: "asc" } });
}

export function listPlacesForExport(f: DirectoryFilter) {
  return db.place.findMany({
    where: directoryWhere(f),
    orderBy: [{ nameZh: "asc" }, { id: "asc" }],
    include: {
      facilities: { select: { facilityCode: true }, orderBy: { facilityCode: "asc" } },
      hours: { select: { weekday: true, opensAt: true, closesAt: true } },
    },
  });
}
