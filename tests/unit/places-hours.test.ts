import { describe, expect, it } from "vitest";
import { chinaClock, formatMinute, HOLIDAY_WEEKDAY, isOpenAt } from "@/lib/places/directory/hours";
import type { HoursSpan } from "@/lib/places/schema";

// Instants are given in UTC; China is UTC+8 all year.
const at = (iso: string) => new Date(iso);
const everyDay = (opensAt: number, closesAt: number): HoursSpan[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt, closesAt }));
const active = { status: "ACTIVE" as const, closedUntil: null };

describe("chinaClock", () => {
  it("uses Asia/Shanghai time across the UTC day boundary", () => {
    // 2026-11-29 is a Sunday; 17:30 UTC is 01:30 on Monday 30 November in China.
    expect(chinaClock(at("2026-11-29T17:30:00Z"))).toEqual({ weekday: 1, minute: 90, date: "2026-11-30" });
    expect(chinaClock(at("2026-11-29T15:59:00Z"))).toEqual({ weekday: 7, minute: 23 * 60 + 59, date: "2026-11-29" });
  });
});

describe("isOpenAt", () => {
  const daytime = { ...active, is24h: false, hours: everyDay(8 * 60, 20 * 60) };

  it("is open inside the span and closed at its closing minute", () => {
    expect(isOpenAt(daytime, at("2026-11-30T00:00:00Z"))).toBe(true); // 08:00 China
    expect(isOpenAt(daytime, at("2026-11-30T11:59:00Z"))).toBe(true); // 19:59
    expect(isOpenAt(daytime, at("2026-11-30T12:00:00Z"))).toBe(false); // 20:00
    expect(isOpenAt(daytime, at("2026-11-29T23:59:00Z"))).toBe(false); // 07:59
  });

  it("handles a span past midnight on the next weekday", () => {
    // Friday 18:00 → Saturday 06:00 only.
    const overnight = { ...active, is24h: false, hours: [{ weekday: 5, opensAt: 18 * 60, closesAt: 30 * 60 }] };
    expect(isOpenAt(overnight, at("2026-11-27T10:00:00Z"))).toBe(true); // Fri 18:00
    expect(isOpenAt(overnight, at("2026-11-27T21:00:00Z"))).toBe(true); // Sat 05:00
    expect(isOpenAt(overnight, at("2026-11-27T22:00:00Z"))).toBe(false); // Sat 06:00
    expect(isOpenAt(overnight, at("2026-11-28T21:00:00Z"))).toBe(false); // Sun 05:00: no Saturday span
  });

  it("wraps Sunday night into Monday morning", () => {
    const sundayNight = { ...active, is24h: false, hours: [{ weekday: 7, opensAt: 22 * 60, closesAt: 26 * 60 }] };
    expect(isOpenAt(sundayNight, at("2026-11-29T17:30:00Z"))).toBe(true); // Mon 01:30
    expect(isOpenAt(sundayNight, at("2026-11-29T18:30:00Z"))).toBe(false); // Mon 02:30
  });

  it("treats a 24-hour place as always open", () => {
    const allDay = { ...active, is24h: true, hours: [] };
    expect(isOpenAt(allDay, at("2026-11-29T19:00:00Z"))).toBe(true);
  });

  it("honours a temporary closure until the end of its until-date in China", () => {
    const closed = { status: "TEMPORARILY_CLOSED" as const, closedUntil: "2026-11-30", is24h: true, hours: [] };
    expect(isOpenAt(closed, at("2026-11-30T15:59:00Z"))).toBe(false); // 23:59 on the 30th
    expect(isOpenAt(closed, at("2026-11-30T16:00:00Z"))).toBe(true); // 00:00 on 1 December
    expect(isOpenAt({ ...closed, closedUntil: null }, at("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("is never open when inactive", () => {
    expect(isOpenAt({ status: "INACTIVE", closedUntil: null, is24h: true, hours: [] }, at("2026-11-30T04:00:00Z"))).toBe(false);
  });
});

describe("isOpenAt on 法定节假日 and 调休 days", () => {
  // 2026-10-01 (Thursday) is National Day; 2026-10-10 (Saturday) is its make-up working day.
  const holidays = new Set(["2026-10-01", "2026-10-02"]);
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 9 * 60, closesAt: 17 * 60 }));
  const thursdayNoon = at("2026-10-01T04:00:00Z");

  it("a holiday closes a place that is open on weekdays, when its rule says so", () => {
    const merchant = { ...active, is24h: false, hours: weekdays, holidayMode: "CLOSED" as const };
    expect(isOpenAt(merchant, at("2026-09-24T04:00:00Z"), holidays)).toBe(true); // the Thursday before
    expect(isOpenAt(merchant, thursdayNoon, holidays)).toBe(false);
    expect(isOpenAt({ ...merchant, is24h: true, hours: [] }, thursdayNoon, holidays)).toBe(false);
  });

  it("keeps its weekly hours on holidays by default", () => {
    expect(isOpenAt({ ...active, is24h: false, hours: weekdays }, thursdayNoon, holidays)).toBe(true);
    expect(isOpenAt({ ...active, is24h: false, hours: weekdays, holidayMode: "SAME" as const }, thursdayNoon, holidays)).toBe(true);
    expect(isOpenAt({ ...active, is24h: true, hours: [], holidayMode: "SAME" as const }, thursdayNoon, holidays)).toBe(true);
  });

  it("keeps its holiday hours (weekday 8) on holidays, and only then", () => {
    const holidayHours = { ...active, is24h: false, holidayMode: "HOURS" as const, hours: [...weekdays, { weekday: HOLIDAY_WEEKDAY, opensAt: 10 * 60, closesAt: 14 * 60 }] };
    expect(isOpenAt(holidayHours, at("2026-10-01T01:30:00Z"), holidays)).toBe(false); // 09:30: weekday hours do not apply
    expect(isOpenAt(holidayHours, at("2026-10-01T02:00:00Z"), holidays)).toBe(true); // 10:00
    expect(isOpenAt(holidayHours, at("2026-10-01T06:00:00Z"), holidays)).toBe(false); // 14:00
    expect(isOpenAt(holidayHours, at("2026-09-24T01:30:00Z"), holidays)).toBe(true); // an ordinary Thursday 09:30
  });

  it("runs a holiday evening's overnight span into the next morning, and not an ordinary one's", () => {
    const night = { ...active, is24h: false, holidayMode: "HOURS" as const, hours: [{ weekday: HOLIDAY_WEEKDAY, opensAt: 20 * 60, closesAt: 26 * 60 }, { weekday: 2, opensAt: 20 * 60, closesAt: 26 * 60 }] };
    expect(isOpenAt(night, at("2026-10-01T17:00:00Z"), new Set(["2026-10-01"]))).toBe(true); // Fri 01:00 after a holiday Thursday
    expect(isOpenAt(night, at("2026-10-01T17:00:00Z"), new Set())).toBe(false); // Fri 01:00 after an ordinary Thursday
    // Wednesday 01:00 after a holiday Tuesday: the Tuesday span does not apply, the holiday's does.
    expect(isOpenAt({ ...night, hours: [night.hours[1]!] }, at("2026-09-29T17:00:00Z"), new Set(["2026-09-29"]))).toBe(false);
  });

  it("a 调休 Saturday workday is an ordinary Saturday: its Saturday hours, not the holiday rule", () => {
    const merchant = { ...active, is24h: false, holidayMode: "CLOSED" as const, hours: [...weekdays, { weekday: 6, opensAt: 10 * 60, closesAt: 16 * 60 }] };
    // The calendar lists 2026-10-10 as WORKDAY; HolidayDates holds only HOLIDAY rows.
    expect(isOpenAt(merchant, at("2026-10-10T03:00:00Z"), holidays)).toBe(true); // Sat 11:00
    expect(isOpenAt(merchant, at("2026-10-10T01:30:00Z"), holidays)).toBe(false); // Sat 09:30: not the weekday hours
  });
});

describe("formatMinute", () => {
  it("formats minutes past midnight, wrapping overnight spans", () => {
    expect(formatMinute(8 * 60 + 5)).toBe("08:05");
    expect(formatMinute(30 * 60)).toBe("06:00");
  });
});
