import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import type { InboxFilter } from "../schema";
import { CHANNELS } from "@/lib/cases/schema";
import { CASE_STATUSES, type CaseStatus } from "@/lib/cases/workflow/workflow";
import type { FilterOptions, Option } from "../filter-options";

const field = "mt-1 block min-h-11 w-full rounded-md border-2 border-stone-500 bg-white px-2 text-stone-900";
const label = "block text-sm font-semibold text-stone-900";

function Select({ name, text, value, options, any }: { name: string; text: string; value?: string; options: Option[]; any: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>
        {text}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters live in the URL (a plain GET form), so a filtered inbox can be bookmarked, shared and
 * saved as a view; it works without JavaScript too.
 */
export function InboxFilters({ filter, options, counts, view }: { filter: InboxFilter; options: FilterOptions; counts: Partial<Record<CaseStatus, number>>; view: "table" | "board" }) {
  const t = useTranslations("dashboard");
  const any = t("inbox.any");
  return (
    <form method="get" role="search" aria-label={t("inbox.filters")} className="space-y-3 rounded-lg border border-stone-300 bg-white p-3">
      {view === "board" ? <input type="hidden" name="view" value="board" /> : null}
      <fieldset>
        <legend className="font-semibold text-stone-900">{t("inbox.stage")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {CASE_STATUSES.map((s) => (
            <label key={s} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="status" value={s} defaultChecked={filter.status.includes(s)} className="size-5" />
              {t("inbox.stageCount", { stage: t(`stages.${s}`), count: counts[s] ?? 0 })}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-x-6">
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} className="size-5" />
          {t("inbox.overdue")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="dueSoon" value="1" defaultChecked={filter.dueSoon} className="size-5" />
          {t("inbox.dueSoon")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="supervised" value="1" defaultChecked={filter.supervised} className="size-5" />
          {t("inbox.supervised")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="acceptOverdue" value="1" defaultChecked={filter.acceptOverdue} className="size-5" />
          {t("inbox.acceptOverdue")}
        </label>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="category" text={t("inbox.category")} value={filter.category} options={options.categories} any={any} />
        <Select name="workerGroup" text={t("inbox.workerGroup")} value={filter.workerGroup} options={options.workerGroups} any={any} />
        <Select name="district" text={t("inbox.district")} value={filter.district} options={(["JINCHUAN", "YONGCHANG"] as const).map((d) => ({ value: d, label: t(`districts.${d}`) }))} any={any} />
        <Select name="department" text={t("inbox.department")} value={filter.department} options={options.departments} any={any} />
        <Select name="channel" text={t("inbox.channel")} value={filter.channel} options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} any={any} />
        <div>
          <label htmlFor="filter-from" className={label}>
            {t("inbox.from")}
          </label>
          <input id="filter-from" type="date" name="from" defaultValue={filter.from} className={field} />
        </div>
        <div>
          <label htmlFor="filter-to" className={label}>
            {t("inbox.to")}
          </label>
          <input id="filter-to" type="date" name="to" defaultValue={filter.to} className={field} />
        </div>
        <div>
          <label htmlFor="filter-q" className={label}>
            {t("inbox.search")}
          </label>
          <input id="filter-q" type="search" name="q" defaultValue={filter.q} maxLength={100} className={field} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("inbox.apply")}
        </button>
        <Link href={view === "board" ? "/admin/cases?view=board" : "/admin/cases"} className="inline-flex min-h-11 items-center px-2 text-brand-800 underline">
          {t("inbox.reset")}
        </Link>
      </div>
    </form>
  );
}
