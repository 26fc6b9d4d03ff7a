import type { HoursSpan } from "../schema";

export type SummaryWords = {
  allDay: string;
  closedDay: string;
  unknown: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: (day: number) => string;
  span: (s: HoursSpan) => string;
  range: (from: string, to: string) => string;
  listJoin: string;
  groupJoin: string;
};

/**
 * A week's hours in one line, for a link preview where a table does not fit:
 * "周一至周五 08:00–20:00；周六、周日 休息". Days with the same hours share one entry, and three
 * or more consecutive days read as a range.
 */
export function hoursSummary(hours: readonly HoursSpan[], is24h: boolean, w: SummaryWords): string {
  if (is24h) return w.allDay;
  if (!hours.length) return w.unknown;
  const byText = new Map<string, number[]>();
  for (let day = 1; day <= 7; day++) {
    const spans = hours.filter((s) => s.weekday === day).sort((a, b) => a.opensAt - b.opensAt);
    const text = spans.length ? spans.map(w.span).join(w.listJoin) : w.closedDay;
    byText.set(text, [...(byText.get(text) ?? []), day]);
  }
  return [...byText].map(([text, days]) => `${dayRuns(days, w)} ${text}`).join(w.groupJoin);
}

function dayRuns(days: number[], w: SummaryWords): string {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) => (r.length >= 3 ? w.range(w.weekday(r[0]!), w.weekday(r.at(-1)!)) : r.map(w.weekday).join(w.listJoin)))
    .join(w.listJoin);
}
