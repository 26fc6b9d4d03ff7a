"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ImportState } from "../actions";
import { DATUMS } from "@/lib/places/schema";
import { buttonClass, inputClass } from "@/lib/places/admin/components/action-form";
import { ImportReportView } from "./import-report";

type Props = { action: (state: ImportState, fd: FormData) => Promise<ImportState> };

/**
 * Step 1 uploads a file and always runs a dry run; step 2 (offered only when every row is right)
 * posts the same content back for the import itself.
 */
export function ImportForm({ action }: Props) {
  const t = useTranslations("directory.import");
  const td = useTranslations("directory.datums");
  const [state, formAction, pending] = useActionState(action, {});
  const report = state.report;
  const canCommit = state.mode === "dry" && report?.ok && report.errors.length === 0 && report.valid > 0;
  return (
    <div className="max-w-4xl space-y-4">
      <form action={formAction} aria-label={t("checkLabel")} className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
        <div>
          <label htmlFor="import-file" className="block font-semibold">
            {t("file")}
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json" required className="mt-1 block min-h-11" />
          <p className="text-sm text-stone-700">{t("fileHint")}</p>
        </div>
        <fieldset>
          <legend className="font-semibold">{t("datum")}</legend>
          {DATUMS.map((d) => (
            <label key={d} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="datum" value={d} required defaultChecked={d === (state.request?.datum ?? "GCJ02")} className="size-5 accent-brand-700" />
              {td(d)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="import-format" className="block font-semibold">
            {t("format")}
          </label>
          <select id="import-format" name="format" defaultValue="" className={inputClass}>
            <option value="">{t("formatAuto")}</option>
            <option value="csv">CSV</option>
            <option value="geojson">GeoJSON</option>
          </select>
        </div>
        <button type="submit" name="mode" value="dry" disabled={pending} aria-busy={pending} className={buttonClass}>
          {pending ? t("working") : t("check")}
        </button>
      </form>
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 font-medium text-red-900">
          {state.message}
          {state.errors ? `：${Object.values(state.errors).join("；")}` : null}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} mode={state.mode ?? "dry"} /> : null}
      {canCommit && state.request ? (
        <form action={formAction} aria-label={t("commitLabel")}>
          <input type="hidden" name="content" value={state.request.content} />
          <input type="hidden" name="format" value={state.request.format} />
          <input type="hidden" name="datum" value={state.request.datum} />
          <button type="submit" name="mode" value="commit" disabled={pending} aria-busy={pending} className={buttonClass}>
            {pending ? t("working") : t("commit", { count: report.valid })}
          </button>
        </form>
      ) : null}
    </div>
  );
}
