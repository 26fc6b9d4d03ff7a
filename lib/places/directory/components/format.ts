import { formatMinute } from "../hours";
import type { HoursSpan } from "@/lib/places/schema";

/** "850 m" below a kilometre (to 10 m: GPS is no better), "1.2 km" up to 10 km, then whole km. */
export function distanceParts(meters: number): { unit: "m" | "km"; value: string } {
  if (meters < 995) return { unit: "m", value: String(Math.max(10, Math.round(meters / 10) * 10)) };
  const km = meters / 1000;
  return { unit: "km", value: km < 9.95 ? km.toFixed(1) : String(Math.round(km)) };
}

/**
 * The one way a distance is written: "140 米" / "1.2 公里" in Chinese, "140 m" / "1.2 km" in English,
 * on the map's list and in the report form alike (the two once disagreed: "140 m" beside "40 米").
 */
export function formatDistance(meters: number, locale: string): string {
  const { unit, value } = distanceParts(meters);
  if (locale.startsWith("zh")) return `${value} ${unit === "m" ? "米" : "公里"}`;
  return `${value} ${unit}`;
}

export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Opening and closing wall-clock times; a span ending at midnight reads "24:00", not "00:00". */
export function spanTimes(span: HoursSpan): { opens: string; closes: string; overnight: boolean } {
  return {
    opens: formatMinute(span.opensAt),
    closes: span.closesAt === 24 * 60 ? "24:00" : formatMinute(span.closesAt),
    overnight: span.closesAt > 24 * 60,
  };
}
