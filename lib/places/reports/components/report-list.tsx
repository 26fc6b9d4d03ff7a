import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { reportCommandAction } from "../actions";
import { buttonClass, quietButtonClass } from "@/lib/places/admin/components/action-form";
import { chinaTime } from "@/lib/places/admin/components/change-history";
import { type listOpenReports } from "../data";

type Report = Awaited<ReturnType<typeof listOpenReports>>[number];
type Props = { reports: Report[]; facilityNames: Map<string, string>; canManage: boolean; returnTo: string; showPlace?: boolean };

/** Open rider reports, each with its actions as plain form posts. */
export async function ReportList({ reports, facilityNames, canManage, returnTo, showPlace = true }: Props) {
  const t = await getTranslations("directory");
  const en = (await getLocale()) === "en";
  if (!reports.length) return <p className="text-stone-700">{t("reports.empty")}</p>;
  const command = (reportId: string, name: "fix" | "dismiss" | "convert", label: string, primary = false) => (
    <form action={reportCommandAction}>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="command" value={name} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className={primary ? buttonClass : quietButtonClass}>
        {label}
      </button>
    </form>
  );
  return (
    <ul className="space-y-3">
      {reports.map((r) => {
        const place = (en && r.place.nameEn) || r.place.nameZh;
        return (
          <li key={r.id} data-report={r.id} aria-label={t("reports.itemLabel", { place, type: t(`reportTypes.${r.type}`) })} className="space-y-2 rounded-md border border-stone-300 bg-white p-3">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              {showPlace ? (
                <>
                  <dt className="font-semibold">{t("reports.place")}</dt>
                  <dd>
                    <Link href={`/admin/places/${r.place.id}`} className="text-brand-700 underline">
                      {place}
                    </Link>
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("reports.type")}</dt>
              <dd>{t(`reportTypes.${r.type}`)}</dd>
              {r.facilityCode ? (
                <>
                  <dt className="font-semibold">{t("reports.facility")}</dt>
                  <dd>{facilityNames.get(r.facilityCode) ?? r.facilityCode}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("reports.description")}</dt>
              <dd className="whitespace-pre-line">{r.description ?? "—"}</dd>
              <dt className="font-semibold">{t("reports.received")}</dt>
              <dd className="tabular-nums">{chinaTime(r.createdAt.toISOString())}</dd>
              {r.count > 1 ? (
                <>
                  <dt className="font-semibold">{t("reports.lastReported")}</dt>
                  <dd className="tabular-nums">
                    {chinaTime(r.lastReportedAt.toISOString())} · <strong data-report-count={r.count}>{t("reports.riders", { count: r.count })}</strong>
                  </dd>
                </>
              ) : null}
            </dl>
            {r.photoKey ? (
              <a href={`/api/admin/places/reports/${r.id}/photo`} target="_blank" rel="noopener" className="inline-block">
                {/* eslint-disable-next-line @next/next/no-img-element -- an authorized route, not a static asset */}
                <img src={`/api/admin/places/reports/${r.id}/photo`} alt={t("reports.photoAlt", { place })} className="h-32 rounded border border-stone-300 object-cover" />
              </a>
            ) : null}
            {canManage ? (
              <div className="flex flex-wrap gap-2">
                {command(r.id, "fix", t("reports.fix"), true)}
                {showPlace ? (
                  <Link href={`/admin/places/${r.place.id}`} className={quietButtonClass}>
                    {t("reports.editPlace")}
                  </Link>
                ) : null}
                {command(r.id, "dismiss", t("reports.dismiss"))}
                {command(r.id, "convert", t("reports.convert"))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
