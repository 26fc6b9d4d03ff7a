import { getFormatter, getTranslations } from "next-intl/server";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import { loadViolationCounts } from "../loaders";

/** Content-Security-Policy violations reported by browsers, per directive (ADMIN only). */
export async function ViolationCounts() {
  const rows = await loadViolationCounts();
  const t = await getTranslations("jobs");
  const format = await getFormatter();
  return (
    <section aria-labelledby="csp-heading" className="mt-8">
      <h2 id="csp-heading" className="text-lg font-semibold">{t("cspTitle")}</h2>
      <p className="mb-2 text-sm text-stone-700">{t("cspIntro")}</p>
      {rows.length === 0 ? (
        <p className="text-stone-700">{t("cspEmpty")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">{t("cspDirective")}</th>
              <th scope="col" className="p-2">{t("cspCount")}</th>
              <th scope="col" className="p-2">{t("cspLastSeen")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.directive} className="border-b border-stone-200">
                <td className="p-2 font-mono">{r.directive}</td>
                <td className="p-2">{r.count}</td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(r.lastSeenAt, CHINA_DATE_TIME)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
