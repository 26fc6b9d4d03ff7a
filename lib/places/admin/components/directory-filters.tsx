import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { type ListFilter } from "../schema";
import { FRESHNESS } from "../../directory/freshness";
import { PLACE_KINDS, PLACE_STATUSES, type FacilityOption } from "../../schema";
import { buttonClass, inputClass, quietButtonClass } from "./action-form";
import { DISTRICTS } from "@/lib/places/schema";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function DirectoryFilters({ filter, facilities }: { filter: ListFilter; facilities: FacilityOption[] }) {
  const t = await getTranslations("directory");
  const tp = await getTranslations("places");
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" role="search" aria-label={t("filters.heading")} className="mb-4 grid gap-3 rounded-md border border-stone-300 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-semibold">
          {t("filters.q")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className={inputClass} />
      </div>
      {select("kind", t("filters.kind"), filter.kind, PLACE_KINDS.map((k) => ({ value: k, label: tp(`kinds.${k}`) })))}
      {select("district", t("filters.district"), filter.district, DISTRICTS.map((d) => ({ value: d, label: tp(`districts.${d}`) })))}
      {select("status", t("filters.status"), filter.status, PLACE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })))}
      {select("facility", t("filters.facility"), filter.facility, facilities.map((f) => ({ value: f.code, label: `${f.icon} ${f.name}` })))}
      <label className="flex min-h-11 items-center gap-2 self-end">
        <input type="checkbox" name="stale" value="1" defaultChecked={filter.stale === "1"} className="size-5 accent-brand-700" />
        {t("filters.stale", { days: FRESHNESS.ageingDays })}
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass}>
          {t("filters.apply")}
        </button>
        <Link href="/admin/places" className={quietButtonClass}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
