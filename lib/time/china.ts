import { tzOffset } from "@date-fns/tz";

/**
 * Time in China, the one place that turns instants into China dates and wall clocks and back:
 * opening hours, working-day deadlines, case references, export names, forms and display.
 * Pure, so safe on the client. The offset comes from the time-zone database (@date-fns/tz reads
 * it through Intl); nothing here reads the server's or the browser's own zone.
 */
export const CHINA_TIME_ZONE = "Asia/Shanghai";

/** Format options for Intl and next-intl: dates and times are always shown in China time. */
export const CHINA_DATE_TIME = { timeZone: CHINA_TIME_ZONE, dateStyle: "medium", timeStyle: "short" } as const;
export const CHINA_DATE = { timeZone: CHINA_TIME_ZONE, dateStyle: "medium" } as const;
export const CHINA_LONG_DATE_TIME = { timeZone: CHINA_TIME_ZONE, dateStyle: "long", timeStyle: "short" } as const;

const MINUTE_MS = 60_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?$/;

/** A Date whose UTC fields read as the wall clock in China at `at`. */
function wallClock(at: Date): Date {
  return new Date(at.getTime() + tzOffset(CHINA_TIME_ZONE, at) * MINUTE_MS);
}

type ChinaClock = {
  /** ISO weekday: 1 = Monday … 7 = Sunday, as PlaceHours stores it. */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
  /** YYYY-MM-DD */
  date: string;
};

export function chinaClock(at: Date): ChinaClock {
  const wall = wallClock(at);
  const day = wall.getUTCDay();
  return { weekday: day === 0 ? 7 : day, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(), date: wall.toISOString().slice(0, 10) };
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(at: Date): string {
  return wallClock(at).toISOString().slice(0, 10);
}

export function chinaYear(at: Date): number {
  return wallClock(at).getUTCFullYear();
}

/** The instant as a datetime-local input shows it in China: YYYY-MM-DDTHH:mm. */
export function chinaLocalInput(at: Date): string {
  return wallClock(at).toISOString().slice(0, 16);
}

/**
 * The instant of a wall-clock time in China, given as a datetime-local input gives it
 * (YYYY-MM-DDTHH:mm, optionally with seconds and milliseconds); an Invalid Date for other text.
 * Fields out of range are read as Date.parse reads ISO text (2026-02-30 is 2 March; month 13 is invalid).
 */
export function chinaInstant(local: string): Date {
  const wall = WALL_CLOCK.test(local) ? Date.parse(`${local}Z`) : NaN;
  if (Number.isNaN(wall)) return new Date(NaN);
  // The offset is that of the instant itself, found from a first guess: they differ only within
  // hours of a change of offset (China has had none since 1991).
  const guess = wall - tzOffset(CHINA_TIME_ZONE, new Date(wall)) * MINUTE_MS;
  return new Date(wall - tzOffset(CHINA_TIME_ZONE, new Date(guess)) * MINUTE_MS);
}

/** 00:00 China time on a China date (YYYY-MM-DD); an Invalid Date for other text. */
export function chinaDayStart(date: string): Date {
  return DATE.test(date) ? chinaInstant(`${date}T00:00`) : new Date(NaN);
}

/** The last millisecond of a China date (23:59:59.999 China time): deadlines end with the day. */
export function chinaDayEnd(date: string): Date {
  return DATE.test(date) ? chinaInstant(`${date}T23:59:59.999`) : new Date(NaN);
}
