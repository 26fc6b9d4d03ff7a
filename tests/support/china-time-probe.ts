import { pathToFileURL } from "node:url";
import { chinaClock, chinaDayEnd, chinaDayStart, chinaInstant, chinaLocalInput, chinaYear } from "../../lib/time/china";

/**
 * lib/time/china over instants and wall clocks where a zone-dependent slip would show: either side
 * of midnight and of New Year in China, and the nights the United States change their clocks.
 * tests/unit/china-time.test.ts runs it in the test process and again in child processes started
 * with another TZ (a process cannot reliably change its own zone), and compares the two.
 */
const INSTANTS = [
  "2026-11-29T15:59:59.999Z",
  "2026-11-29T16:00:00.000Z",
  "2026-12-31T15:59:00.000Z",
  "2026-12-31T16:00:00.000Z",
  "2026-03-08T06:30:00.000Z",
  "2026-03-08T07:30:00.000Z",
  "2026-11-01T05:30:00.000Z",
  "2026-11-01T06:30:00.000Z",
];
const WALL_CLOCKS = ["2026-11-30T00:00", "2026-03-08T02:30", "2026-03-08T15:30", "2026-11-01T01:30", "2026-11-01T14:30", "2027-01-01T00:00:00.000"];
const DATES = ["2026-11-30", "2026-03-08", "2026-11-01", "2027-01-01"];

export function probe() {
  return {
    clocks: INSTANTS.map((iso) => {
      const at = new Date(iso);
      return { iso, ...chinaClock(at), year: chinaYear(at), local: chinaLocalInput(at) };
    }),
    instants: WALL_CLOCKS.map((local) => ({ local, iso: chinaInstant(local).toISOString() })),
    days: DATES.map((date) => ({ date, start: chinaDayStart(date).toISOString(), end: chinaDayEnd(date).toISOString() })),
  };
}

// Run as a script: print what this process's zone makes of it, with the zone, to show it took effect.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  process.stdout.write(JSON.stringify({ zone, offsetMinutes: new Date("2026-01-15T12:00:00Z").getTimezoneOffset(), result: probe() }));
}
