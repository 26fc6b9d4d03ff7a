"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { formatMinute } from "@/lib/places/directory/hours";
import type { HoursSpan } from "@/lib/places/schema";
import { describedBy, errorId, FieldError, fieldId, inputClass, secondaryButton } from "./fields";

/** One row of the editor: the same times on several weekdays. */
export type HoursGroup = { id: string; days: number[]; opens: string; closes: string };

const DAY = 24 * 60;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const toMinute = (hhmm: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

export function newGroup(days: number[] = [...WEEKDAYS], opens = "09:00", closes = "21:00"): HoursGroup {
  return { id: Math.random().toString(36).slice(2), days, opens, closes };
}

/** Spans for the server: a closing time at or before the opening time runs past midnight. */
export function spansFromGroups(groups: HoursGroup[]): HoursSpan[] {
  return groups.flatMap((g) => {
    const opensAt = toMinute(g.opens);
    const closes = toMinute(g.closes);
    if (Number.isNaN(opensAt) || Number.isNaN(closes)) return [];
    const closesAt = closes <= opensAt ? closes + DAY : closes;
    return g.days.map((weekday) => ({ weekday, opensAt, closesAt }));
  });
}

/** Stored spans back into editor rows: weekdays with identical times share a row. */
export function groupsFromSpans(spans: HoursSpan[]): HoursGroup[] {
  const byTimes = new Map<string, HoursGroup>();
  for (const s of spans) {
    const opens = formatMinute(s.opensAt);
    const closes = formatMinute(s.closesAt);
    const key = `${s.opensAt}-${s.closesAt}`;
    const g = byTimes.get(key) ?? newGroup([], opens, closes);
    g.days.push(s.weekday);
    byTimes.set(key, g);
  }
  return byTimes.size ? [...byTimes.values()] : [newGroup()];
}

type Props = {
  is24h: boolean;
  groups: HoursGroup[];
  onChange: (next: { is24h: boolean; groups: HoursGroup[] }) => void;
  error?: string;
};

export function HoursEditor({ is24h, groups, onChange, error }: Props) {
  const t = useTranslations("merchants.hours");
  const base = useId();
  const update = (id: string, patch: Partial<HoursGroup>) => onChange({ is24h, groups: groups.map((g) => (g.id === id ? { ...g, ...patch } : g)) });

  return (
    <div id={fieldId("hours")} tabIndex={-1} aria-describedby={describedBy(error && errorId("hours"))} className="space-y-3">
      <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-stone-400 bg-white px-3 has-[:checked]:border-brand-700">
        <input type="checkbox" name="is_24h" checked={is24h} onChange={(e) => onChange({ is24h: e.target.checked, groups })} className="size-5 accent-brand-700" />
        <span className="font-semibold">{t("allDay")}</span>
      </label>
      {is24h
        ? null
        : groups.map((g, i) => {
            const overnight = toMinute(g.closes) <= toMinute(g.opens);
            return (
              <fieldset key={g.id} className="min-w-0 space-y-2 rounded-lg border border-stone-400 p-3">
                <legend className="px-1 font-semibold">{t("period", { n: i + 1 })}</legend>
                <fieldset className="min-w-0">
                  <legend className="mb-1 text-sm font-medium text-stone-800">{t("days")}</legend>
                  <div className="grid grid-cols-4 gap-1 sm:grid-cols-7">
                    {WEEKDAYS.map((d) => (
                      <label key={d} className="flex min-h-11 cursor-pointer items-center justify-center gap-1 rounded-md border-2 border-stone-400 bg-white px-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                        <input
                          type="checkbox"
                          checked={g.days.includes(d)}
                          onChange={(e) => update(g.id, { days: e.target.checked ? [...g.days, d].sort((a, b) => a - b) : g.days.filter((x) => x !== d) })}
                          className="size-4 accent-brand-700"
                        />
                        <span>{t(`weekdays.${d}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="grid grid-cols-2 gap-3">
                  {(["opens", "closes"] as const).map((field) => (
                    <div key={field}>
                      <label htmlFor={`${base}-${g.id}-${field}`} className="block text-sm font-medium text-stone-800">
                        {t(field)}
                      </label>
                      <input
                        id={`${base}-${g.id}-${field}`}
                        type="time"
                        value={g[field]}
                        onChange={(e) => update(g.id, { [field]: e.target.value })}
                        aria-describedby={field === "closes" && overnight ? `${base}-${g.id}-overnight` : undefined}
                        className={inputClass}
                      />
                    </div>
                  ))}
                </div>
                {overnight ? (
                  <p id={`${base}-${g.id}-overnight`} className="text-sm font-medium text-stone-800">
                    {t("overnight", { time: g.closes })}
                  </p>
                ) : null}
                {groups.length > 1 ? (
                  <button type="button" className={`${secondaryButton} min-h-11 px-3 text-sm`} onClick={() => onChange({ is24h, groups: groups.filter((x) => x.id !== g.id) })}>
                    {t("remove", { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
      {is24h ? null : (
        <button type="button" className={secondaryButton} onClick={() => onChange({ is24h, groups: [...groups, newGroup([6, 7])] })}>
          {t("add")}
        </button>
      )}
      <FieldError name="hours" message={error} />
    </div>
  );
}
