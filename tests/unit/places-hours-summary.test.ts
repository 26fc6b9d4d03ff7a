import { describe, expect, it } from "vitest";
import { hoursSummary, type SummaryWords } from "@/lib/places/directory/hours-summary";
import { spanTimes } from "@/lib/places/directory/components/format";

const DAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const words: SummaryWords = {
  allDay: "全天24小时开放",
  closedDay: "休息",
  unknown: "暂无营业时间信息",
  weekday: (d) => DAYS[d - 1]!,
  span: (s) => {
    const t = spanTimes(s);
    return t.overnight ? `${t.opens}–次日${t.closes}` : `${t.opens}–${t.closes}`;
  },
  range: (a, b) => `${a}至${b}`,
  listJoin: "、",
  groupJoin: "；",
};
const span = (weekday: number, opensAt: number, closesAt: number) => ({ weekday, opensAt, closesAt });
const week = (days: number[], o: number, c: number) => days.map((d) => span(d, o, c));

describe("hoursSummary", () => {
  it("says 24 hours or unknown before looking at spans", () => {
    expect(hoursSummary(week([1, 2], 480, 1200), true, words)).toBe("全天24小时开放");
    expect(hoursSummary([], false, words)).toBe("暂无营业时间信息");
  });

  it("groups days with the same hours and writes runs of three or more as a range", () => {
    expect(hoursSummary(week([1, 2, 3, 4, 5, 6, 7], 480, 1200), false, words)).toBe("周一至周日 08:00–20:00");
    expect(hoursSummary([...week([1, 2, 3, 4, 5], 480, 1200), ...week([6, 7], 540, 1080)], false, words)).toBe("周一至周五 08:00–20:00；周六、周日 09:00–18:00");
  });

  it("names closed days, keeps split days apart, and reads overnight spans", () => {
    const hours = [...week([1, 3, 5], 480, 1200), span(2, 480, 720), span(2, 840, 1560)];
    expect(hoursSummary(hours, false, words)).toBe("周一、周三、周五 08:00–20:00；周二 08:00–12:00、14:00–次日02:00；周四、周六、周日 休息");
  });
});
