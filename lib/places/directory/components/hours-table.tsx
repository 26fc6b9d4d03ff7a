import { useTranslations } from "next-intl";
import type { HoursSpan } from "@/lib/places/schema";
import { spanTimes, WEEKDAY_KEYS } from "./format";
import { HolidayNote, type HolidayInfo } from "./holiday-note";

type Props = { hours: readonly HoursSpan[]; is24h: boolean; today: number; holiday?: HolidayInfo };

/** The weekly timetable; a span past midnight reads "18:00–次日06:00" on the day it starts. */
export function HoursTable({ hours, is24h, today, holiday }: Props) {
  return (
    <>
      <WeeklyTable hours={hours} is24h={is24h} today={today} />
      {holiday ? <HolidayNote {...holiday} /> : null}
    </>
  );
}

function WeeklyTable({ hours, is24h, today }: Omit<Props, "holiday">) {
  const t = useTranslations("places.hours");
  if (is24h) return <p className="font-semibold text-stone-900">{t("allDay")}</p>;
  if (!hours.length) return <p className="text-stone-700">{t("unknown")}</p>;
  return (
    <table className="w-full text-left">
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("weekday")}</th>
          <th scope="col">{t("times")}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAY_KEYS.map((key, i) => {
          const weekday = i + 1;
          const spans = hours.filter((s) => s.weekday === weekday);
          const isToday = weekday === today;
          return (
            <tr key={key} className={`border-b border-stone-200 ${isToday ? "bg-brand-50 font-semibold" : ""}`}>
              <th scope="row" className="py-1.5 pr-4 font-medium">
                {t(key)}
                {isToday ? t("today") : null}
              </th>
              <td className="py-1.5 tabular-nums">
                {spans.length
                  ? spans.map((s) => {
                      const { opens, closes, overnight } = spanTimes(s);
                      return (
                        <span key={`${s.opensAt}-${s.closesAt}`} className="mr-3 inline-block">
                          {t(overnight ? "overnight" : "span", { opens, closes })}
                        </span>
                      );
                    })
                  : t("closedDay")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
