import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listAllCannedReplies, listCalendarDays, listCalendarYears, listCategoryNames, listSettingChanges, listSlaRules } from "./data";

/** Everything the settings page edits, for ADMIN only. */
export const loadSettings = cache(async (year: number) => {
  await requirePermission("settings:manage");
  const [rules, categories, days, years, replies, changes] = await Promise.all([
    listSlaRules(),
    listCategoryNames(),
    listCalendarDays(year),
    listCalendarYears(),
    listAllCannedReplies(),
    listSettingChanges(30),
  ]);
  const history = changes.map((c) => ({ id: c.id, at: c.createdAt, by: c.actor.name, area: c.area, action: c.action, subject: c.subject, before: c.before, after: c.after }));
  return { rules, categories, days: days.map((d) => ({ ...d, date: d.date.toISOString().slice(0, 10) })), years, replies, history };
});
