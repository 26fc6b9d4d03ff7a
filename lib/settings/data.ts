import "server-only";
import { db } from "@/lib/db";

export function listSlaRules() {
  return db.slaRule.findMany({ orderBy: [{ categoryCode: "asc" }, { stage: "asc" }, { priority: "asc" }] });
}

export function listCategoryNames() {
  return db.caseCategory.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
}

/** Holidays and make-up working days of one calendar year (China dates). */
export function listCalendarDays(year: number) {
  return db.calendarDay.findMany({ where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } }, orderBy: { date: "asc" } });
}

/** The years that have entries, for the year picker. */
export async function listCalendarYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM date)::int AS year FROM "CalendarDay" ORDER BY year`;
  return rows.map((r) => r.year);
}

export function listAllCannedReplies() {
  return db.cannedReply.findMany({ orderBy: [{ status: "asc" }, { sortOrder: "asc" }, { titleZh: "asc" }] });
}

/** The newest settings changes, with who made them (the settings page's history). */
export function listSettingChanges(take: number) {
  return db.settingChange.findMany({ orderBy: { createdAt: "desc" }, take, include: { actor: { select: { name: true } } } });
}
