import { describe, expect, it } from "vitest";
import { addWorkingDays, chinaDate, deadlineFrom, isWorkingDay, workingDaysBetween } from "@/lib/cases/workflow/calendar";
import { CALENDAR_DAYS } from "../../prisma/seed/calendar";

const overrides = new Map(CALENDAR_DAYS.map((d) => [d.date, d.kind]));
const china = (s: string) => new Date(`${s}+08:00`);

describe("the working-day calendar", () => {
  it("knows weekends, holidays and make-up working days", () => {
    expect(isWorkingDay("2026-11-27", overrides)).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28", overrides)).toBe(false); // Saturday
    expect(isWorkingDay("2026-10-05", overrides)).toBe(false); // National Day, a Monday
    expect(isWorkingDay("2026-10-10", overrides)).toBe(true); // make-up Saturday
    expect(isWorkingDay("2026-09-20", overrides)).toBe(true); // make-up Sunday
  });

  it("counts five working days across the National Day holiday and its make-up Saturday", () => {
    // Dispatched Wednesday 30 September: 1 Oct–7 Oct are off; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    const due = addWorkingDays(china("2026-09-30T10:00:00"), 5, overrides);
    expect(chinaDate(due)).toBe("2026-10-13");
    expect(due.toISOString()).toBe("2026-10-13T15:59:59.999Z");
  });

  it("counts one working day from a Friday to the Monday", () => {
    expect(chinaDate(addWorkingDays(china("2026-11-27T16:00:00"), 1, overrides))).toBe("2026-11-30");
  });

  it("uses China dates, not UTC dates, at the day boundary", () => {
    // 00:30 on Saturday 28 November in China is still Friday in UTC.
    expect(chinaDate(addWorkingDays(china("2026-11-28T00:30:00"), 1, overrides))).toBe("2026-11-30");
  });

  it("counts elapsed working days for escalation", () => {
    expect(workingDaysBetween(china("2026-09-30T18:00:00"), china("2026-10-12T09:00:00"), overrides)).toBe(4); // 8, 9, 10, 12
    expect(workingDaysBetween(china("2026-11-30T08:00:00"), china("2026-11-30T20:00:00"), overrides)).toBe(0);
  });

  it("counts urgent deadlines in clock hours, holidays or not", () => {
    expect(deadlineFrom(china("2026-10-01T12:00:00"), { amount: 24, unit: "HOURS" }, overrides).toISOString()).toBe("2026-10-02T04:00:00.000Z");
  });
});
