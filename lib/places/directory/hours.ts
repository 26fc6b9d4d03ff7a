import { chinaClock } from "@/lib/time/china";
import type { Closure, HolidayMode, HoursSpan } from "../schema";

const MINUTES_PER_DAY = 24 * 60;
/** The pseudo-weekday of holiday spans (OSM opening_hours calls it "PH"). */
export const HOLIDAY_WEEKDAY = 8;

/**
 * China dates (YYYY-MM-DD) that are 法定节假日: CalendarDay rows of kind HOLIDAY. 调休 WORKDAY rows
 * are deliberately absent: a make-up working day is an ordinary day, so a place keeps that
 * weekday's hours (a Saturday workday → its Saturday hours), as the SQL in feeds/sql.ts does.
 */
export type HolidayDates = ReadonlySet<string>;
const NO_HOLIDAYS: HolidayDates = new Set();

// The clock lives in lib/time; exported here too, where the hours tests have always found it.
export { chinaClock };

/** The China date before `date`. */
export function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A temporary closure applies until the end of its until-date (China time); without a date, until lifted. */
export function isClosed(closure: Closure, at: Date): boolean {
  if (closure.status === "INACTIVE") return true;
  if (closure.status !== "TEMPORARILY_CLOSED") return false;
  return closure.closedUntil === null || closure.closedUntil >= chinaClock(at).date;
}

type Hours = { is24h: boolean; hours: readonly HoursSpan[]; holidayMode?: HolidayMode };

/**
 * Which spans govern a China day: on a holiday a place with its own holiday rule uses its holiday
 * spans (HOURS) or none (CLOSED); otherwise the weekday's. `0` matches no span.
 */
export function dayKey(place: Hours, weekday: number, holiday: boolean): number {
  if (!holiday || !place.holidayMode || place.holidayMode === "SAME") return weekday;
  return place.holidayMode === "HOURS" ? HOLIDAY_WEEKDAY : 0;
}

/**
 * Whether a place is open at `at`. A span that runs past midnight (closesAt > 1440) also covers the
 * early hours of the next day; the day it starts decides which rule applies (a holiday evening's
 * span runs on into the next morning). A 24-hour place follows its holiday rule on holidays.
 */
export function isOpenAt(place: Closure & Hours, at: Date, holidays: HolidayDates = NO_HOLIDAYS): boolean {
  if (isClosed(place, at)) return false;
  const { weekday, minute, date } = chinaClock(at);
  const today = dayKey(place, weekday, holidays.has(date));
  if (place.is24h && today === weekday) return true;
  const previous = dayKey(place, weekday === 1 ? 7 : weekday - 1, holidays.has(previousDate(date)));
  return place.hours.some(
    (s) =>
      (s.weekday === today && minute >= s.opensAt && minute < s.closesAt) ||
      (s.weekday === previous && s.closesAt > MINUTES_PER_DAY && minute + MINUTES_PER_DAY < s.closesAt),
  );
}

export function formatMinute(minute: number): string {
  const m = minute % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
