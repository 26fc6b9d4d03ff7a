"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { formatMinute } from "@/lib/places/directory/hours";
import { HOLIDAY_MODES, type HolidayMode, type HoursSpan } from "../../schema";
import { WEEKDAY_KEYS } from "@/lib/places/directory/components/format";
import { quietButtonClass } from "./action-form";

type Row = { key: number; weekday: number; opens: string; closes: string };

const toRow = (s: HoursSpan, key: number): Row => ({
  key,
  weekday: s.weekday,
  opens: s.opensAt >= 0 ? formatMinute(s.opensAt) : "",
  closes: s.closesAt >= 0 ? formatMinute(s.closesAt) : "",
});

/** Weekdays 1–7, then 8: the holiday spans, shown while the holiday rule is HOURS. */
const DAY_ROWS = [...WEEKDAY_KEYS.map((key, i) => ({ key, weekday: i + 1 })), { key: "holiday", weekday: 8 }] as const;

/**
 * The weekly timetable as rows of opening and closing times per weekday. A closing time at or
 * before the opening time runs into the next day (stored as closesAt > 1440); 00:00 closes at midnight.
 */
export function HoursEditor({ initial, is24h: initial24h, holidayMode: initialMode, error }: { initial: HoursSpan[]; is24h: boolean; holidayMode: HolidayMode; error?: string }) {
  const t = useTranslations("directory.hours");
  const tw = useTranslations("places.hours");
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [nextKey, setNextKey] = useState(initial.length);
  const [is24h, setIs24h] = useState(initial24h);
  const [holidayMode, setHolidayMode] = useState(initialMode);
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = (weekday: number) => {
    setRows((rs) => [...rs, { key: nextKey, weekday, opens: "", closes: "" }]);
    setNextKey((k) => k + 1);
  };
  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="text-lg font-bold">{t("heading")}</legend>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="is24h" checked={is24h} onChange={(e) => setIs24h(e.target.checked)} className="size-5 accent-brand-700" />
        {t("is24h")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-700">
        {t("hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <fieldset className="flex flex-wrap gap-x-4">
        <legend className="font-semibold">{t("holidayMode")}</legend>
        {HOLIDAY_MODES.map((mode) => (
          <label key={mode} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="holidayMode" value={mode} checked={holidayMode === mode} onChange={() => setHolidayMode(mode)} className="size-5 accent-brand-700" />
            {t(`holidayModes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="space-y-2">
        {DAY_ROWS.map(({ key: dayKey, weekday }) => {
          if (weekday === 8 ? holidayMode !== "HOURS" : is24h) return null;
          const day = tw(dayKey);
          const spans = rows.filter((r) => r.weekday === weekday);
          return (
            <div key={dayKey} className="flex flex-wrap items-center gap-2 border-b border-stone-200 pb-2">
              <span className="w-14 font-semibold">{day}</span>
              {spans.length === 0 ? <span className="text-stone-700">{tw("closedDay")}</span> : null}
              {spans.map((r, n) => {
                const overnight = r.opens !== "" && r.closes !== "" && r.closes <= r.opens;
                return (
                  <span key={r.key} className="inline-flex flex-wrap items-center gap-1 rounded border border-stone-300 bg-stone-50 p-1">
                    <input type="hidden" name="h_weekday" value={weekday} />
                    <input
                      type="time"
                      name="h_opens"
                      value={r.opens}
                      onChange={(e) => update(r.key, { opens: e.target.value })}
                      aria-label={t("opens", { day, n: n + 1 })}
                      className="min-h-11 rounded border-2 border-stone-500 px-1"
                    />
                    <span aria-hidden="true">–</span>
                    <input
                      type="time"
                      name="h_closes"
                      value={r.closes}
                      onChange={(e) => update(r.key, { closes: e.target.value })}
                      aria-label={t("closes", { day, n: n + 1 })}
                      className="min-h-11 rounded border-2 border-stone-500 px-1"
                    />
                    {overnight ? <span className="text-sm font-semibold text-blue-900">{t("nextDay")}</span> : null}
                    <button type="button" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} className="min-h-11 px-2 text-red-800 underline">
                      {t("remove", { day, n: n + 1 })}
                    </button>
                  </span>
                );
              })}
              <button type="button" onClick={() => add(weekday)} className={`${quietButtonClass} min-h-10 px-2 text-sm`} aria-label={t("addFor", { day })}>
                {t("add")}
              </button>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
