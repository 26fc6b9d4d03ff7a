import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CHINA_DATE,
  CHINA_DATE_TIME,
  CHINA_LONG_DATE_TIME,
  CHINA_TIME_ZONE,
  chinaClock,
  chinaDate,
  chinaDayEnd,
  chinaDayStart,
  chinaInstant,
  chinaLocalInput,
  chinaYear,
} from "@/lib/time/china";
import { probe } from "../support/china-time-probe";

// These tests hold whatever zone the test process runs in: `TZ=America/New_York npx vitest run
// tests/unit/china-time.test.ts` passes as the default run does, and the last block starts
// child processes in other zones itself.
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

// The rule every site wrote out by hand before lib/time: China is UTC+8 (no daylight saving since 1991).
const fixedOffset = (d: Date) => new Date(d.getTime() + 8 * HOUR);
const oldClock = (d: Date) => {
  const local = fixedOffset(d);
  const day = local.getUTCDay();
  return { weekday: day === 0 ? 7 : day, minute: local.getUTCHours() * 60 + local.getUTCMinutes(), date: local.toISOString().slice(0, 10) };
};

describe("chinaClock and chinaDate", () => {
  it("turns the day at midnight China time, which is 16:00 UTC", () => {
    // Sunday 29 November 2026, 23:59:59.999 in China; then Monday 30 November, 00:00.
    expect(chinaClock(at("2026-11-29T15:59:59.999Z"))).toEqual({ weekday: 7, minute: 23 * 60 + 59, date: "2026-11-29" });
    expect(chinaClock(at("2026-11-29T16:00:00Z"))).toEqual({ weekday: 1, minute: 0, date: "2026-11-30" });
    expect(chinaDate(at("2026-11-29T15:59:59.999Z"))).toBe("2026-11-29");
    expect(chinaDate(at("2026-11-29T16:00:00Z"))).toBe("2026-11-30");
  });

  it("turns the year at midnight China time", () => {
    expect(chinaYear(at("2026-12-31T15:59:59.999Z"))).toBe(2026);
    expect(chinaYear(at("2026-12-31T16:00:00Z"))).toBe(2027);
    expect(chinaClock(at("2026-12-31T16:00:00Z"))).toEqual({ weekday: 5, minute: 0, date: "2027-01-01" });
  });

  it("agrees with the fixed UTC+8 rule at every quarter hour of 2026–2027 and around each China midnight", () => {
    const to = Date.parse("2028-01-02T00:00:00Z");
    const instants: Date[] = [];
    for (let t = Date.parse("2025-12-31T00:00:00Z"); t < to; t += HOUR / 4) instants.push(new Date(t));
    for (let t = Date.parse("2025-12-31T16:00:00Z"); t < to; t += 24 * HOUR) instants.push(new Date(t - 1), new Date(t), new Date(t + 59_999));
    const differing = instants.filter((d) => {
      const now = chinaClock(d);
      const old = oldClock(d);
      return now.weekday !== old.weekday || now.minute !== old.minute || now.date !== old.date || chinaDate(d) !== old.date;
    });
    expect(instants.length).toBeGreaterThan(70_000);
    expect(differing.map((d) => d.toISOString())).toEqual([]);
  });
});

describe("chinaInstant and chinaLocalInput", () => {
  it("reads a datetime-local value as China time", () => {
    expect(chinaInstant("2026-11-27T09:00").toISOString()).toBe("2026-11-27T01:00:00.000Z");
    expect(chinaInstant("2026-11-30T00:00").toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(chinaInstant("2026-11-27T23:59:59.999").toISOString()).toBe("2026-11-27T15:59:59.999Z");
  });

  it("gives the instant the old `${local}+08:00` text gave, rolled-over days included", () => {
    for (const local of ["2026-01-01T00:00", "2026-02-28T23:59:59", "2026-02-30T00:00", "2026-04-31T12:00", "2027-12-31T23:59:59.999"]) {
      expect(chinaInstant(local).getTime()).toBe(new Date(`${local}+08:00`).getTime());
    }
  });

  it("is an Invalid Date for anything that is not a wall-clock time", () => {
    for (const text of ["", "2026-11-27", "2026-13-01T00:00", "2026-11-27T25:00", "2026-11-27T09:00Z", "2026-11-27T09:00+08:00", "27/11/2026 09:00"]) {
      expect(Number.isNaN(chinaInstant(text).getTime()), text).toBe(true);
    }
  });

  it("shows an instant as China's wall clock, to the minute, and reads it back", () => {
    expect(chinaLocalInput(at("2026-11-29T16:00:59.999Z"))).toBe("2026-11-30T00:00");
    expect(chinaLocalInput(at("2026-11-29T15:59:00Z"))).toBe("2026-11-29T23:59");
    for (let t = Date.parse("2026-12-31T15:00:00Z"); t < Date.parse("2026-12-31T17:00:00Z"); t += 7 * 60_000) {
      expect(chinaInstant(chinaLocalInput(new Date(t))).getTime()).toBe(t - (t % 60_000));
    }
  });
});

describe("chinaDayStart and chinaDayEnd", () => {
  it("bound a China date", () => {
    expect(chinaDayStart("2026-11-30").toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(chinaDayEnd("2026-11-30").toISOString()).toBe("2026-11-30T15:59:59.999Z");
    expect(chinaDayEnd("2026-12-31").getTime() + 1).toBe(chinaDayStart("2027-01-01").getTime());
  });

  it("match the old `T00:00:00+08:00` and `T23:59:59.999+08:00` texts on every day of 2026–2027", () => {
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2028-01-01T00:00:00Z"); t += 24 * HOUR) {
      const date = new Date(t).toISOString().slice(0, 10);
      expect(chinaDayStart(date).getTime()).toBe(new Date(`${date}T00:00:00+08:00`).getTime());
      expect(chinaDayEnd(date).getTime()).toBe(new Date(`${date}T23:59:59.999+08:00`).getTime());
      expect(chinaDate(chinaDayStart(date))).toBe(date);
      expect(chinaDate(chinaDayEnd(date))).toBe(date);
    }
  });

  it("are Invalid Dates for anything but YYYY-MM-DD", () => {
    for (const text of ["", "2026-11-30T00:00", "2026-13-01", "2026-11-00", "30.11.2026"]) {
      expect(Number.isNaN(chinaDayStart(text).getTime()), text).toBe(true);
      expect(Number.isNaN(chinaDayEnd(text).getTime()), text).toBe(true);
    }
  });
});

describe("display options", () => {
  it("format in China time whatever the process's zone", () => {
    const justAfterMidnight = at("2026-11-29T16:30:00Z");
    for (const options of [CHINA_DATE_TIME, CHINA_DATE, CHINA_LONG_DATE_TIME]) {
      const format = new Intl.DateTimeFormat("en-US", options);
      expect(format.resolvedOptions().timeZone).toBe(CHINA_TIME_ZONE);
      expect(format.formatToParts(justAfterMidnight).find((p) => p.type === "day")?.value).toBe("30");
    }
  });
});

describe("under other process time zones", () => {
  const run = promisify(execFile);
  const script = path.resolve(import.meta.dirname, "../support/china-time-probe.ts");
  const here = JSON.parse(JSON.stringify(probe()));

  // Each zone with its offset from UTC in January (getTimezoneOffset's sign), to show TZ took effect.
  const zones: [string, number][] = [["America/New_York", 300], ["Pacific/Kiritimati", -840], ["Asia/Kolkata", -330], ["UTC", 0]];

  it.each(zones)("gives the same results with TZ=%s", async (zone, offsetMinutes) => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", script], { env: { ...process.env, TZ: zone } });
    const child = JSON.parse(stdout);
    expect(child.offsetMinutes).toBe(offsetMinutes);
    expect(child.result).toEqual(here);
  }, 20_000);

  it("pins the probe's results, so a slip in the test process itself shows too", () => {
    expect(here.clocks.slice(0, 4).map((c: { weekday: number; minute: number; date: string }) => [c.weekday, c.minute, c.date])).toEqual([
      [7, 1439, "2026-11-29"],
      [1, 0, "2026-11-30"],
      [4, 1439, "2026-12-31"],
      [5, 0, "2027-01-01"],
    ]);
    expect(here.instants.map((i: { iso: string }) => i.iso)).toEqual([
      "2026-11-29T16:00:00.000Z",
      "2026-03-07T18:30:00.000Z",
      "2026-03-08T07:30:00.000Z",
      "2026-10-31T17:30:00.000Z",
      "2026-11-01T06:30:00.000Z",
      "2026-12-31T16:00:00.000Z",
    ]);
  });
});
