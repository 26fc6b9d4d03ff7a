import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { FieldDiff } from "./diff";
import { PAGE_SIZE, type ListFilter } from "./schema";
import { countPlacesToCheck, getDirectoryPlace, listCheckinDays, listDirectory, listPlaceChanges } from "./data";
import { listFacilities } from "../directory/data";
import { chinaClock } from "@/lib/time/china";
import { countOpenReports, listOpenReports } from "../reports/data";

// Staff reads: each checks places:read first; the pages then show edit forms only to places:manage.

const DAY_MS = 86_400_000;

export const loadFacilityLabels = cache(async (locale: string) => {
  const rows = await listFacilities();
  return rows.map((f) => ({ code: f.code, name: locale === "en" ? f.nameEn : f.nameZh, icon: f.icon }));
});

export const loadDirectory = cache(async (filter: ListFilter) => {
  const user = await requirePermission("places:read");
  const [{ rows, total }, openReports, toCheck] = await Promise.all([listDirectory(filter), countOpenReports(), countPlacesToCheck()]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), openReports, toCheck, canManage: can(user.role, "places:manage") };
});

export const loadDirectoryPlace = cache(async (id: string) => {
  const user = await requirePermission("places:read");
  if (!/^[a-z0-9]{20,40}$/i.test(id)) return null;
  const place = await getDirectoryPlace(id);
  return place ? { place, canManage: can(user.role, "places:manage") } : null;
});

export type HistoryEntry = { id: string; action: string; at: string; actor: string | null; changes: FieldDiff };

/** Check-ins of the last 30 China days (missing days as 0), open reports and the change history. */
export const loadPlaceActivity = cache(async (id: string) => {
  await requirePermission("places:read");
  const today = chinaClock(new Date()).date;
  const days = Array.from({ length: 30 }, (_, i) => new Date(Date.parse(`${today}T00:00:00Z`) - (29 - i) * DAY_MS).toISOString().slice(0, 10));
  const [checkins, reports, changes] = await Promise.all([listCheckinDays(id, days[0]!), listOpenReports(id), listPlaceChanges(id)]);
  const counts = new Map(checkins.map((c) => [c.day.toISOString().slice(0, 10), c.count]));
  return {
    checkins: days.map((day) => ({ day, count: counts.get(day) ?? 0 })),
    reports,
    history: changes.map(
      (c): HistoryEntry => ({ id: c.id, action: c.action, at: c.createdAt.toISOString(), actor: c.actor?.name ?? null, changes: (c.changes ?? {}) as FieldDiff }),
    ),
  };
});

export const loadReportQueue = cache(async () => {
  const user = await requirePermission("places:read");
  const reports = await listOpenReports();
  return { reports, canManage: can(user.role, "places:manage") };
});
