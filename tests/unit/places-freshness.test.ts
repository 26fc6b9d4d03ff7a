import { describe, expect, it } from "vitest";
import { assurance, freshness, FRESHNESS, staleBefore } from "@/lib/places/directory/freshness";

// China is UTC+8: 2026-11-30T16:30Z is 00:30 on 1 December in China.
const now = new Date("2026-12-01T04:00:00Z"); // 12:00 on 1 December, China
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("freshness", () => {
  it("pins the thresholds", () => {
    expect(FRESHNESS).toEqual({ freshDays: 30, ageingDays: 90 });
  });

  it("is fresh up to 30 days, ageing up to 90, stale beyond and when never assured", () => {
    const table: [Date | null, string, number | null][] = [
      [now, "fresh", 0],
      [daysAgo(3), "fresh", 3],
      [daysAgo(30), "fresh", 30],
      [daysAgo(31), "ageing", 31],
      [daysAgo(90), "ageing", 90],
      [daysAgo(91), "stale", 91],
      [null, "stale", null],
    ];
    for (const [at, state, days] of table) expect(freshness(at, now), String(at)).toEqual({ state, days });
  });

  it("counts China calendar days, not 24-hour periods", () => {
    // 23:50 on 30 November China is "1 day ago" at 00:30 on 1 December.
    expect(freshness(new Date("2026-11-30T15:50:00Z"), new Date("2026-11-30T16:30:00Z")).days).toBe(1);
    expect(freshness("2026-11-28", now).days).toBe(3);
  });

  it("takes other thresholds", () => {
    expect(freshness(daysAgo(10), now, { freshDays: 7, ageingDays: 14 }).state).toBe("ageing");
  });
});

describe("assurance", () => {
  it("is the later of a staff verification and a rider confirmation", () => {
    expect(assurance(daysAgo(10), daysAgo(3))).toEqual({ assuredAt: daysAgo(3), assuredBy: "rider" });
    expect(assurance(daysAgo(3), daysAgo(10))).toEqual({ assuredAt: daysAgo(3), assuredBy: "staff" });
    expect(assurance(null, daysAgo(1))).toEqual({ assuredAt: daysAgo(1), assuredBy: "rider" });
    expect(assurance(null, null)).toEqual({ assuredAt: null, assuredBy: null });
  });
});

describe("staleBefore", () => {
  it("is the first instant that is not stale", () => {
    const edge = staleBefore(now);
    expect(freshness(edge, now).state).toBe("ageing");
    expect(freshness(new Date(edge.getTime() - 1), now).state).toBe("stale");
  });
});
