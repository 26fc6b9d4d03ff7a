import { pathToFileURL } from "node:url";
import { addWorkingDays, deadlineFrom, workingDaysBetween } from "../../lib/cases/workflow/calendar";
import { deadlineTimerTimes } from "../../lib/jobs/deadlines";
import { isOpenAt } from "../../lib/places/directory/hours";
import { bboxSql, nearSql } from "../../lib/places/feeds/sql";
import { chinaDayStart } from "../../lib/time/china";

/**
 * Deadlines, open-now and report ranges: the date arithmetic the server does beyond lib/time.
 * tests/unit/server-zones.test.ts runs this in child processes with TZ=UTC, Asia/Shanghai and
 * America/New_York (a process cannot reliably change its own zone) and requires equal output.
 */
// Around China midnight, a Friday evening before a holiday weekend, and New York's DST nights.
const INSTANTS = ["2026-09-30T15:59:00Z", "2026-09-30T16:00:00Z", "2026-10-02T10:00:00Z", "2026-03-08T06:30:00Z", "2026-11-01T05:30:00Z", "2026-12-31T16:30:00Z"];
// National Day 2026: 1–7 October off, with make-up working days on the weekends around it.
const OVERRIDES = new Map<string, "HOLIDAY" | "WORKDAY">([
  ...["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((d) => [d, "HOLIDAY"] as const),
  ["2026-09-27", "WORKDAY"],
  ["2026-10-10", "WORKDAY"],
]);
// A late-night stall (18:00 to 02:00 the next day) every day, and a weekday office.
const HOURS = [
  ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 18 * 60, closesAt: 26 * 60 })),
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 9 * 60, closesAt: 17 * 60 })),
];
const FILTER = { kinds: [], facilities: [], openNow: true, is24h: false, q: null, lang: "zh-CN" as const };

export function probe() {
  return INSTANTS.map((iso) => {
    const at = new Date(iso);
    return {
      iso,
      due3: addWorkingDays(at, 3, OVERRIDES).toISOString(),
      due48h: deadlineFrom(at, { amount: 48, unit: "HOURS" }, OVERRIDES).toISOString(),
      overdue: workingDaysBetween(new Date("2026-09-25T02:00:00Z"), at, OVERRIDES),
      timers: Object.fromEntries(Object.entries(deadlineTimerTimes(at, OVERRIDES, {})).map(([k, v]) => [k, v.toISOString()])),
      open: isOpenAt({ status: "ACTIVE", closedUntil: null, is24h: false, hours: HOURS }, at),
      closedUntil: isOpenAt({ status: "TEMPORARILY_CLOSED", closedUntil: "2026-10-01", is24h: true, hours: [] }, at),
      // The feeds' open-now filter: the weekday, minute and date passed to SQL.
      nearParams: nearSql({ ...FILTER, lat: 38.5, lng: 102.19, limit: 5 }, at).values,
      bboxParams: bboxSql({ ...FILTER, bbox: [102, 38.4, 102.4, 38.7], limit: 5 }, at).values,
    };
  }).concat([{ iso: "report range", from: chinaDayStart("2026-10-01").toISOString(), to: chinaDayStart("2026-11-01").toISOString() } as never]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, result: probe() }));
}
