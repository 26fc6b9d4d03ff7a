import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { DeadlineFlag } from "@/lib/cases/components/deadline-flag";
import { labelOf, type FilterOptions } from "../filter-options";
import type { InboxRow } from "../types";
import { localName } from "@/lib/cases/components/names";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import { StageBadge } from "@/lib/cases/components/stage-badge";
import { CaseFlags } from "@/lib/cases/detail/components/case-flags";

export function InboxTable({ rows, options }: { rows: InboxRow[]; options: FilterOptions }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const format = useFormatter();
  const th = "p-2 text-left font-semibold whitespace-nowrap";
  return (
    <div role="region" aria-label={t("inbox.caption")} tabIndex={0} className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("inbox.caption")}</caption>
        <thead className="bg-stone-100">
          <tr className="border-b border-stone-300">
            <th scope="col" className={th}>{t("inbox.reference")}</th>
            <th scope="col" className={th}>{t("inbox.stage")}</th>
            <th scope="col" className={th}>{t("inbox.category_col")}</th>
            <th scope="col" className={th}>{t("inbox.group_col")}</th>
            <th scope="col" className={th}>{t("inbox.district_col")}</th>
            <th scope="col" className={th}>{t("inbox.department_col")}</th>
            <th scope="col" className={th}>{t("inbox.deadline")}</th>
            <th scope="col" className={th}>{t("inbox.supporters")}</th>
            <th scope="col" className={th}>{t("inbox.reopenCount")}</th>
            <th scope="col" className={th}>{t("inbox.flagsCol")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/cases/${r.id}`} className="font-mono font-semibold text-brand-800 underline">
                  {r.reference}
                </Link>
                <span className="block text-stone-700">{format.dateTime(r.createdAt, CHINA_DATE_TIME)}</span>
                <span className="block max-w-64 text-stone-800">{r.excerpt}</span>
              </th>
              <td className="p-2">
                <StageBadge status={r.status} />
              </td>
              <td className="p-2">{labelOf(options.categories, r.categoryCode)}</td>
              <td className="p-2">{labelOf(options.workerGroups, r.workerGroupCode)}</td>
              <td className="p-2 whitespace-nowrap">{r.district ? t(`districts.${r.district}`) : ""}</td>
              <td className="p-2">{localName(locale, r.leadDepartment) ?? <span className="text-stone-700">{t("inbox.unassigned")}</span>}</td>
              <td className="p-2">
                <DeadlineFlag status={r.status} dueAt={r.dueAt} overdueDays={r.overdueDays} dueSoon={r.dueSoon} />
              </td>
              <td className="p-2">{r.supporterCount > 0 ? t("flags.supporters", { count: r.supporterCount }) : "0"}</td>
              <td className="p-2">{r.reopenCount}</td>
              <td className="p-2">
                <CaseFlags supporters={0} reopenCount={0} needsSupervisor={r.needsSupervisor} chaseCount={r.chaseCount} supervision={r.supervision} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
