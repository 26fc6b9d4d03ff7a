/**
 * How far riders can trust what a place's page says: the later of a staff verification and a
 * rider's "设施正常" (HSDS calls that date assured_date), aged in China calendar days. The one place
 * the thresholds live; pure, so the page, the sheet, list cards and the staff list agree.
 */
export const FRESHNESS = {
  /** Confirmed or verified within this many days: fresh (green). */
  freshDays: 30,
  /** Up to this many days: ageing (amber); beyond it, or never: stale, listed for staff as 待核实. */
  ageingDays: 90,
} as const;

export type FreshnessState = "fresh" | "ageing" | "stale";
export type AssuredBy = "staff" | "rider";
export type Assurance = { assuredAt: Date | null; assuredBy: AssuredBy | null };
export type Freshness = { state: FreshnessState; days: number | null };

const DAY_MS = 86_400_000;
const CHINA_MS = 8 * 3_600_000;
const chinaDay = (d: Date) => Math.floor((d.getTime() + CHINA_MS) / DAY_MS);

/** The later of the two; on the same instant staff win, as their check is the stronger one. */
export function assurance(lastVerifiedAt: Date | null, lastConfirmedAt: Date | null): Assurance {
  if (lastConfirmedAt && (!lastVerifiedAt || lastConfirmedAt > lastVerifiedAt)) return { assuredAt: lastConfirmedAt, assuredBy: "rider" };
  return lastVerifiedAt ? { assuredAt: lastVerifiedAt, assuredBy: "staff" } : { assuredAt: null, assuredBy: null };
}

/** Whole China days since `assuredAt` (0 = today) and the state they put the place in. */
export function freshness(assuredAt: Date | string | null, now: Date, t: { freshDays: number; ageingDays: number } = FRESHNESS): Freshness {
  if (assuredAt === null) return { state: "stale", days: null };
  const days = Math.max(0, chinaDay(now) - chinaDay(new Date(assuredAt)));
  return { state: days <= t.freshDays ? "fresh" : days <= t.ageingDays ? "ageing" : "stale", days };
}

/** The instant before which a place counts as stale: what the staff "待核实" list filters on. */
export function staleBefore(now: Date, t: { ageingDays: number } = FRESHNESS): Date {
  // Start of the China day `ageingDays` ago: anything earlier is more than ageingDays old.
  return new Date((chinaDay(now) - t.ageingDays) * DAY_MS - CHINA_MS);
}
