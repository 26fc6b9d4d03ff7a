"use client";

import { useTranslations } from "next-intl";
import type { ImportReport } from "../run-import";

/** Every wrong row and why, or what would be (or was) imported. */
export function ImportReportView({ report, mode }: { report: ImportReport; mode: "dry" | "commit" }) {
  const t = useTranslations("directory.import");
  const tk = useTranslations("places.kinds");
  if (!report.ok) {
    return (
      <p role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 font-medium text-red-900">
        {t(`fileErrors.${report.fileError as "bad_csv"}`)}
        {report.detail ? `（${report.detail}）` : null}
      </p>
    );
  }
  const summary = t("summary", { total: report.total, valid: report.valid, errors: report.errors.length });
  return (
    <section aria-labelledby="import-result" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="import-result" className="text-lg font-bold">
        {mode === "commit" ? t("resultHeading") : t("dryRunHeading")}
      </h2>
      <p role="status" className="font-medium">
        {summary}{" "}
        {report.imported ? t("imported", { count: report.imported }) : report.errors.length ? t("nothingWritten") : mode === "dry" && report.valid ? t("clean") : null}
      </p>
      {report.errors.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("errorsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-stone-300">
              <th scope="col" className="p-1">{t("line")}</th>
              <th scope="col" className="p-1">{t("name")}</th>
              <th scope="col" className="p-1">{t("problem")}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={i} className="border-b border-stone-200" data-error={e.code}>
                <td className="p-1 tabular-nums">{e.line}</td>
                <td className="p-1">{e.name || "—"}</td>
                <td className="p-1">
                  {t(`rowErrors.${e.code}`)}
                  {e.detail ? <span className="text-stone-700">（{e.detail}）</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {!report.errors.length && report.preview.length && !report.imported ? (
        <details>
          <summary className="min-h-11 cursor-pointer font-semibold">{t("preview")}</summary>
          <ul className="list-disc pl-5 text-sm">
            {report.preview.map((r) => (
              <li key={r.line}>
                {r.nameZh} · {tk(r.kind)} · {r.lat}, {r.lng}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
