import { chinaDate, chinaDayEnd } from "@/lib/time/china";

/**
 * Working days in China: Monday–Friday, except public holidays, plus make-up working days (调休)
 * that fall on weekends. Overrides come from the CalendarDay table; dates are China dates.
 */
export type CalendarOverrides = ReadonlyMap<string, "HOLIDAY" | "WORKDAY">;

const DAY = 86_400_000;

// Exported here too, where the calendar tests and the e2e suite have always found it.
export { chinaDate };

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, overrides: CalendarOverrides): boolean {
  const o = overrides.get(date);
  if (o) return o === "WORKDAY";
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The end (23:59:59.999 China time) of the n-th working day after the day of `from`. */
export function addWorkingDays(from: Date, n: number, overrides: CalendarOverrides): Date {
  let date = chinaDate(from);
  for (let counted = 0; counted < n; ) {
    date = nextDate(date);
    if (isWorkingDay(date, overrides)) counted++;
  }
  return chinaDayEnd(date);
}

/** Working days wholly elapsed after `since` up to `now` (0 on the same day): how overdue a case is. */
export function workingDaysBetween(since: Date, now: Date, overrides: CalendarOverrides): number {
  let count = 0;
  const end = chinaDate(now);
  for (let date = nextDate(chinaDate(since)); date <= end; date = nextDate(date)) {
    if (isWorkingDay(date, overrides)) count++;
  }
  return count;
}

export type SlaRuleLike = { amount: number; unit: "WORKING_DAYS" | "HOURS" };

export function deadlineFrom(from: Date, rule: SlaRuleLike, overrides: CalendarOverrides): Date {
  return rule.unit === "HOURS" ? new Date(from.getTime() + rule.amount * 3_600_000) : addWorkingDays(from, rule.amount, overrides);
}
