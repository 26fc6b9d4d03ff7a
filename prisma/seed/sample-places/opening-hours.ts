import type { HoursSpan } from "@/lib/places/schema";
import type { Random } from "./random";

export type Schedule = { is24h: boolean; hours: HoursSpan[] };

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

/** Minutes from midnight; add 24 h for a closing time on the next day. */
export const at = (hour: number, minute = 0) => hour * 60 + minute;

function spans(days: number[], opensAt: number, closesAt: number): HoursSpan[] {
  return days.map((weekday) => ({ weekday, opensAt, closesAt }));
}

export const roundTheClock = (): Schedule => ({ is24h: true, hours: [] });
export const daily = (opensAt: number, closesAt: number): Schedule => ({ is24h: false, hours: spans(EVERY_DAY, opensAt, closesAt) });
export const weekdaysOnly = (opensAt: number, closesAt: number): Schedule => ({ is24h: false, hours: spans(WEEKDAYS, opensAt, closesAt) });

function split(weekdays: [number, number], weekend: [number, number]): Schedule {
  return { is24h: false, hours: [...spans(WEEKDAYS, ...weekdays), ...spans(WEEKEND, ...weekend)].sort((a, b) => a.weekday - b.weekday) };
}

/** Government office hours: a lunch break, closed at weekends. */
function officeHours(): Schedule {
  return { is24h: false, hours: [...spans(WEEKDAYS, at(8, 30), at(12)), ...spans(WEEKDAYS, at(14, 30), at(18))].sort((a, b) => a.weekday - b.weekday) };
}

type Choice = readonly [weight: number, make: () => Schedule];

function choose(rng: Random, choices: readonly Choice[]): Schedule {
  return rng.weighted(choices, ([weight]) => weight)[1]();
}

const STATION: readonly Choice[] = [
  [42, () => daily(at(8), at(20))],
  [14, roundTheClock],
  [8, () => daily(at(9), at(21))],
  [6, () => daily(at(7, 30), at(21, 30))],
  [8, () => daily(at(18), at(24 + 6))],
  [12, () => weekdaysOnly(at(8, 30), at(18))],
  [10, () => split([at(8), at(20)], [at(10), at(18)])],
];

/** Bank branches host stations in their lobbies: banking hours, shorter at weekends. */
const BANK: readonly Choice[] = [[1, () => split([at(9), at(17, 30)], [at(10), at(16)])]];

const COMMUNITY: readonly Choice[] = [
  [50, officeHours],
  [30, () => daily(at(8), at(20))],
  [20, () => weekdaysOnly(at(8, 30), at(18))],
];

/** A compound's guard room is staffed around the clock or into the evening. */
const COMPOUND: readonly Choice[] = [
  [60, roundTheClock],
  [40, () => daily(at(7), at(22))],
];

export const stationSchedule = (rng: Random, bank: boolean) => choose(rng, bank ? BANK : STATION);
export const communitySchedule = (rng: Random) => choose(rng, COMMUNITY);
export const compoundSchedule = (rng: Random) => choose(rng, COMPOUND);
