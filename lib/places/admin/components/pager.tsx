import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

/** Previous / next links that keep the current filters. */
export async function Pager({ page, pages, query }: { page: number; pages: number; query: Record<string, string | undefined> }) {
  const t = await getTranslations("directory.list");
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/places?${params}`;
  };
  const link = "inline-flex min-h-11 items-center rounded-md border-2 border-stone-600 bg-white px-4 font-semibold hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          {t("prev")}
        </Link>
      ) : null}
      <span className="tabular-nums">{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
