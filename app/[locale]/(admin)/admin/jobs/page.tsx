import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { ViolationCounts } from "@/lib/csp-reports/components/violation-counts";
import { loadFailingJobs } from "@/lib/jobs/loaders";
import { CHINA_DATE_TIME } from "@/lib/time/china";

export default async function AdminJobsPage() {
  await requirePermission("settings:manage");
  const jobs = await loadFailingJobs();
  const t = await getTranslations("jobs");
  const format = await getFormatter();
  return (
    <>
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      {jobs.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("task")}</th>
                <th scope="col" className="p-2">{t("status")}</th>
                <th scope="col" className="p-2">{t("attempts")}</th>
                <th scope="col" className="p-2">{t("runAt")}</th>
                <th scope="col" className="p-2">{t("key")}</th>
                <th scope="col" className="p-2">{t("lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} className="border-b border-stone-200 align-top">
                  <td className="p-2 font-mono">{j.taskIdentifier}</td>
                  <td className="p-2">{j.attempts >= j.maxAttempts ? t("gaveUp") : t("retrying")}</td>
                  <td className="p-2">
                    {j.attempts} / {j.maxAttempts}
                  </td>
                  <td className="p-2 whitespace-nowrap">{format.dateTime(j.runAt, CHINA_DATE_TIME)}</td>
                  <td className="p-2 font-mono break-all">{j.key ?? t("none")}</td>
                  <td className="p-2 font-mono break-words whitespace-pre-wrap">{j.lastError ? j.lastError.slice(0, 500) : t("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ViolationCounts />
    </>
  );
}
