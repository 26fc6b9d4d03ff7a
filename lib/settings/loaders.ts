import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listAllCannedReplies, listCalendarDays, listCalendarYears, listCategoryNames, listSlaRules } from "./data";

/** Everything the settings page edits, for ADMIN only. */
export const loadSettings = cache(async (year: number) => {
  await requirePermission("settings:manage");
  const [rules, categories, days, years, replies] = await Promise.all([listSlaRules(), listCategoryNames(), listCalendarDays(year), listCalendarYears(), listAllCannedReplies()]);
  return { rules, categories, days: days.map((d) => ({ ...d, date: d.date.toISOString().slice(0, 10) })), years, replies };
});
