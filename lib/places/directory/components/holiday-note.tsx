import { useTranslations } from "next-intl";
import type { HolidayMode, HoursSpan } from "@/lib/places/schema";
import { spanTimes } from "./format";

export type HolidayInfo = { holidayMode: HolidayMode; holidayHours: readonly HoursSpan[]; holidayToday: string | null };

/** The place's rule for 法定节假日 under its timetable: "节假日休息" or "节假日营业时间 10:00–14:00". */
export function HolidayNote({ holidayMode, holidayHours, holidayToday }: HolidayInfo) {
  const t = useTranslations("places.hours");
  if (holidayMode === "SAME" && !holidayToday) return null;
  const spans = holidayHours
    .map((s) => {
      const { opens, closes, overnight } = spanTimes(s);
      return t(overnight ? "overnight" : "span", { opens, closes });
    })
    .join("、");
  const rule = holidayMode === "CLOSED" ? t("holidayClosed") : holidayMode === "HOURS" ? t("holidayHours", { spans }) : t("holidaySame");
  return (
    <p data-holiday={holidayMode} className={`mt-2 rounded-md border px-3 py-2 ${holidayToday ? "border-amber-600 bg-amber-50 font-semibold text-amber-950" : "border-stone-300 bg-stone-50 text-stone-900"}`}>
      {holidayToday ? t("holidayToday", { name: holidayToday }) : null}
      {rule}
    </p>
  );
}
