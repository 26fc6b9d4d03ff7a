import { chinaClock } from "@/lib/time/china";
import type { Closure, HoursSpan } from "../schema";

const MINUTES_PER_DAY = 24 * 60;

// The clock lives in lib/time; exported here too, where the hours tests have always found it.
export { chinaClock };

/** A temporary closure applies until the end of its until-date (China time); without a date, until lifted. */
export function isClosed(closure: Closure, at: Date): boolean {
  if (closure.status === "INACTIVE") return true;
  if (closure.status !== "TEMPORARILY_CLOSED") return false;
  return closure.closedUntil === null || closure.closedUntil >= chinaClock(at).date;
}

/**
 * Whether a place is open at `at`. A span that runs past midnight (closesAt > 1440) also
 * covers the early hours of the next weekday.
 */
export function isOpenAt(place: Closure & { is24h: boolean; hours: readonly HoursSpan[] }, at: Date): boolean {
  if (isClosed(place, at)) return false;
  if (place.is24h) return true;
  const { weekday, minute } = chinaClock(at);
  const previous = weekday === 1 ? 7 : weekday - 1;
  return place.hours.some(
    (s) =>
      (s.weekday === weekday && minute >= s.opensAt && minute < s.closesAt) ||
      (s.weekday === previous && s.closesAt > MINUTES_PER_DAY && minute + MINUTES_PER_DAY < s.closesAt),
  );
}

export function formatMinute(minute: number): string {
  const m = minute % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
