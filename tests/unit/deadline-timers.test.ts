import { describe, expect, it } from "vitest";
import { deadlineSettings, deadlineTimerTimes } from "@/lib/jobs/deadlines";
import { CALENDAR_DAYS } from "../../prisma/seed/calendar";

const overrides = new Map(CALENDAR_DAYS.map((d) => [d.date, d.kind]));
const china = (s: string) => new Date(`${s}+08:00`);
/** The end of a China day: how working-day deadlines are stored. */
const endOf = (date: string) => china(`${date}T23:59:59.999`);

function times(dueAt: Date, env: Record<string, string> = {}) {
  const t = deadlineTimerTimes(dueAt, overrides, env);
  return { reminder: t.reminder.toISOString(), chase: t.chase.toISOString(), escalate: t.escalate.toISOString() };
}

describe("deadline timers", () => {
  it("remind a day before, chase on Monday 09:00 and escalate on Tuesday 09:00 after a Friday deadline", () => {
    expect(times(endOf("2026-11-27"))).toEqual({
      reminder: endOf("2026-11-26").toISOString(),
      chase: china("2026-11-30T09:00:00").toISOString(),
      escalate: china("2026-12-01T09:00:00").toISOString(),
    });
  });

  it("skip the National Day holiday (1–7 October 2026)", () => {
    expect(times(endOf("2026-09-30"))).toEqual({
      reminder: endOf("2026-09-29").toISOString(),
      chase: china("2026-10-08T09:00:00").toISOString(),
      escalate: china("2026-10-09T09:00:00").toISOString(),
    });
  });

  it("count the make-up working Saturday after National Day (10 October 2026)", () => {
    const t = times(endOf("2026-10-08"));
    expect(t.chase).toBe(china("2026-10-09T09:00:00").toISOString());
    expect(t.escalate).toBe(china("2026-10-10T09:00:00").toISOString());
  });

  it("chase after a holiday when an hours-based deadline falls inside it", () => {
    expect(times(china("2026-10-03T14:00:00"))).toEqual({
      reminder: china("2026-10-02T14:00:00").toISOString(),
      chase: china("2026-10-08T09:00:00").toISOString(),
      escalate: china("2026-10-09T09:00:00").toISOString(),
    });
  });

  it("skip the Mid-Autumn holiday and the weekend that follows it", () => {
    const t = times(endOf("2026-09-24"));
    expect(t.chase).toBe(china("2026-09-28T09:00:00").toISOString());
    expect(t.escalate).toBe(china("2026-09-29T09:00:00").toISOString());
  });

  it("use the China date of the deadline, not its UTC date", () => {
    // 00:30 on Monday 30 November in China is still Sunday in UTC.
    expect(times(china("2026-11-30T00:30:00")).chase).toBe(china("2026-12-01T09:00:00").toISOString());
  });

  it("follow CASE_REMINDER_HOURS and CASE_ESCALATE_AFTER_WORKING_DAYS", () => {
    expect(times(endOf("2026-11-27"), { CASE_REMINDER_HOURS: "48", CASE_ESCALATE_AFTER_WORKING_DAYS: "3" })).toEqual({
      reminder: endOf("2026-11-25").toISOString(),
      chase: china("2026-11-30T09:00:00").toISOString(),
      escalate: china("2026-12-02T09:00:00").toISOString(),
    });
  });

  it("refuse settings that are not positive numbers, and default empty ones", () => {
    expect(deadlineSettings({ CASE_REMINDER_HOURS: "", CASE_ESCALATE_AFTER_WORKING_DAYS: " " })).toEqual({ reminderHours: 24, escalateAfterWorkingDays: 2 });
    expect(deadlineSettings({ CASE_REMINDER_HOURS: "1.5" }).reminderHours).toBe(1.5);
    expect(() => deadlineSettings({ CASE_REMINDER_HOURS: "0" })).toThrow(/CASE_REMINDER_HOURS/);
    expect(() => deadlineSettings({ CASE_REMINDER_HOURS: "abc" })).toThrow(/CASE_REMINDER_HOURS/);
    expect(() => deadlineSettings({ CASE_ESCALATE_AFTER_WORKING_DAYS: "1.5" })).toThrow(/CASE_ESCALATE_AFTER_WORKING_DAYS/);
  });
});
