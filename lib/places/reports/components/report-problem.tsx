import { useTranslations } from "next-intl";
import { reportPlaceAction } from "../actions";
import type { FacilityOption } from "@/lib/places/schema";
import { REPORT_TYPES } from "../schema";

type Props = { placeId: string; facilities: FacilityOption[]; status?: string };

const field = "mt-1 block min-h-12 w-full rounded-md border-2 border-stone-500 bg-white px-3 py-2 text-base text-stone-900";

/**
 * "Report a problem": a plain form posting to a public server action, so it works without
 * JavaScript; the result comes back in the URL (?report=…) after the redirect.
 */
export function ReportProblem({ placeId, facilities, status }: Props) {
  const t = useTranslations("directory");
  const error = status && status !== "sent" ? (t.has(`errors.${status}` as never) ? t(`errors.${status}` as never) : t("errors.generic")) : null;
  return (
    <section id="report" aria-labelledby="report-heading" className="space-y-3 rounded-lg border-2 border-stone-300 bg-white p-4">
      <h2 id="report-heading" className="text-lg font-bold">
        {t("report.heading")}
      </h2>
      <p className="text-stone-800">{t("report.intro")}</p>
      {status === "sent" ? (
        <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {t("report.sent")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 font-semibold text-red-900">
          {error}
        </p>
      ) : null}
      <form action={reportPlaceAction} className="space-y-4">
        <input type="hidden" name="placeId" value={placeId} />
        <fieldset>
          <legend className="mb-2 font-semibold">{t("report.typeLegend")}</legend>
          <div className="space-y-2">
            {REPORT_TYPES.map((type) => (
              <label key={type} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-stone-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="type" value={type} required className="size-5 accent-brand-700" />
                {t(`reportTypes.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="report-facility" className="block font-semibold">
            {t("report.facility")}
          </label>
          <select id="report-facility" name="facilityCode" defaultValue="" aria-describedby="report-facility-hint" className={field}>
            <option value="">{t("report.facilityNone")}</option>
            {facilities.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
          </select>
          <p id="report-facility-hint" className="mt-1 text-sm text-stone-700">
            {t("report.facilityHint")}
          </p>
        </div>
        <div>
          <label htmlFor="report-description" className="block font-semibold">
            {t("report.description")}
          </label>
          <textarea id="report-description" name="description" rows={3} maxLength={1000} className={field} />
        </div>
        <div>
          <label htmlFor="report-photo" className="block font-semibold">
            {t("report.photo")}
          </label>
          <input id="report-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="report-photo-hint" className="mt-1 block min-h-12 w-full" />
          <p id="report-photo-hint" className="mt-1 text-sm text-stone-700">
            {t("report.photoHint")}
          </p>
        </div>
        {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
        <div hidden>
          <label htmlFor="report-website">Website</label>
          <input id="report-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">
          {t("report.submit")}
        </button>
      </form>
    </section>
  );
}
