"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { removeCalendarDayAction, setCalendarDayAction } from "../actions";
import { DAY_KINDS } from "../schema";
import { danger, errorProps, Field, input, Message, primary } from "./form-parts";
import { useSettingsAction } from "./use-settings-action";

type Day = { date: string; kind: (typeof DAY_KINDS)[number]; nameZh: string; nameEn: string };

function RemoveDay({ date }: { date: string }) {
  const t = useTranslations("settings.calendar");
  const { state, pending, onSubmit, formRef } = useSettingsAction(removeCalendarDayAction);
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="date" value={date} />
      <button type="submit" disabled={pending} aria-label={t("removeLabel", { date })} className={danger}>
        {t("remove")}
      </button>
      <Message state={state} />
    </form>
  );
}

function AddDay({ year }: { year: number }) {
  const t = useTranslations("settings.calendar");
  const { state, pending, onSubmit, formRef } = useSettingsAction(setCalendarDayAction, true);
  const e = state.errors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-labelledby="day-add-heading" className="mt-4 space-y-3 rounded-md border border-stone-300 p-3">
      <h3 id="day-add-heading" className="font-bold">
        {t("add")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="day-date" label={t("date")} error={e.date}>
          <input id="day-date" name="date" type="date" required min={`${year - 1}-01-01`} defaultValue={`${year}-01-01`} {...errorProps("day-date", e.date)} className={input} />
        </Field>
        <Field id="day-name-zh" label={t("nameZh")} error={e.nameZh}>
          <input id="day-name-zh" name="nameZh" required maxLength={40} {...errorProps("day-name-zh", e.nameZh)} className={input} />
        </Field>
        <Field id="day-name-en" label={t("nameEn")} error={e.nameEn}>
          <input id="day-name-en" name="nameEn" required maxLength={80} {...errorProps("day-name-en", e.nameEn)} className={input} />
        </Field>
      </div>
      <fieldset>
        <legend className="font-semibold">{t("kind")}</legend>
        <div className="flex flex-wrap gap-x-6">
          {DAY_KINDS.map((k) => (
            <label key={k} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="kind" value={k} required defaultChecked={k === "HOLIDAY"} className="size-5" />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Message state={state} />
      <button type="submit" disabled={pending} className={primary}>
        {t("addSubmit")}
      </button>
    </form>
  );
}

/** Holidays and make-up working days (调休) of one year; the deadline arithmetic reads these. `years` are the years to offer. */
export function CalendarEditor({ year, years, days }: { year: number; years: number[]; days: Day[] }) {
  const t = useTranslations("settings.calendar");
  const format = useFormatter();
  return (
    <section aria-labelledby="calendar-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="calendar-heading" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-2 text-stone-700">{t("intro")}</p>
      <nav aria-label={t("yearNav")} className="mb-2 flex flex-wrap gap-2">
        {years.map((y) => (
          <Link key={y} href={`/admin/settings?year=${y}#calendar-heading`} aria-current={y === year ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border-2 border-stone-500 px-3 aria-[current=page]:border-stone-800 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white">
            {y}
          </Link>
        ))}
      </nav>
      {days.length === 0 ? (
        <p>{t("empty", { year })}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">{t("caption", { year })}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">{t("date")}</th>
              <th scope="col" className="p-2">{t("weekday")}</th>
              <th scope="col" className="p-2">{t("kind")}</th>
              <th scope="col" className="p-2">{t("nameZh")}</th>
              <th scope="col" className="p-2">{t("nameEn")}</th>
              <th scope="col" className="p-2">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-b border-stone-200">
                <th scope="row" className="p-2 font-mono font-normal">{d.date}</th>
                <td className="p-2">{format.dateTime(new Date(`${d.date}T12:00:00Z`), { weekday: "long", timeZone: "UTC" })}</td>
                <td className="p-2">{d.kind === "WORKDAY" ? <strong>{t(`kinds.${d.kind}`)}</strong> : t(`kinds.${d.kind}`)}</td>
                <td className="p-2">{d.nameZh}</td>
                <td className="p-2">{d.nameEn}</td>
                <td className="p-2">
                  <RemoveDay date={d.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddDay year={year} />
    </section>
  );
}
