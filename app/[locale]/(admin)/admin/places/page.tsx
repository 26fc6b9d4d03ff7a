import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { parseListFilter } from "@/lib/places/admin/schema";
import { loadDirectory, loadFacilityLabels } from "@/lib/places/admin/loaders";
import { buttonClass, quietButtonClass } from "@/lib/places/admin/components/action-form";
import { DirectoryFilters } from "@/lib/places/admin/components/directory-filters";
import { DirectoryTable } from "@/lib/places/admin/components/directory-table";
import { Pager } from "@/lib/places/admin/components/pager";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPlacesPage({ searchParams }: Props) {
  const filter = parseListFilter(await searchParams);
  const [directory, facilities, t] = await Promise.all([loadDirectory(filter), loadFacilityLabels(await getLocale()), getTranslations("directory")]);
  const { page: _page, ...query } = filter;
  void _page;
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  return (
    <>
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <div className="mb-4 flex flex-wrap gap-2">
        {directory.canManage ? (
          <>
            <Link href="/admin/places/new" className={buttonClass}>
              {t("list.newPlace")}
            </Link>
            <Link href="/admin/places/import" className={quietButtonClass}>
              {t("list.import")}
            </Link>
          </>
        ) : null}
        <Link href="/admin/places/reports" className={quietButtonClass}>
          {t("list.reportQueue", { count: directory.openReports })}
        </Link>
        <Link href="/admin/places?stale=1" className={quietButtonClass}>
          {t("list.toCheck", { count: directory.toCheck })}
        </Link>
        <a href={`/api/admin/places/export?format=csv&${exportQuery}`} className={quietButtonClass} download>
          {t("list.exportCsv")}
        </a>
        <a href={`/api/admin/places/export?format=geojson&${exportQuery}`} className={quietButtonClass} download>
          {t("list.exportGeojson")}
        </a>
      </div>
      <DirectoryFilters filter={filter} facilities={facilities} />
      <p role="status" className="mb-2 text-stone-800">
        {t("list.count", { count: directory.total })}
      </p>
      <DirectoryTable rows={directory.rows} />
      <Pager page={filter.page} pages={directory.pages} query={query} />
    </>
  );
}
