import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { loadFacilityLabels, loadReportQueue } from "@/lib/places/admin/loaders";
import { OutcomeBanner } from "@/lib/places/admin/components/outcome-banner";
import { ReportList } from "@/lib/places/reports/components/report-list";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlaceReportsPage({ searchParams }: Props) {
  const [{ reports, canManage }, facilities, t] = await Promise.all([loadReportQueue(), loadFacilityLabels(await getLocale()), getTranslations("directory")]);
  return (
    <>
      <PageHeading title={t("reports.heading")}>{t("reports.intro")}</PageHeading>
      <p className="mb-4">
        <Link href="/admin/places" className="font-semibold text-brand-700 underline">{t("place.back")}</Link>
      </p>
      <OutcomeBanner params={await searchParams} />
      <p role="status" className="mb-2">{t("reports.count", { count: reports.length })}</p>
      <ReportList reports={reports} facilityNames={new Map(facilities.map((f) => [f.code, f.name]))} canManage={canManage} returnTo="/admin/places/reports" />
    </>
  );
}
