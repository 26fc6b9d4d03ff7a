import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { CASE_STATUSES, type CaseStatus } from "@/lib/cases/workflow/workflow";
import { CaseFlags } from "@/lib/cases/detail/components/case-flags";
import { DeadlineFlag } from "@/lib/cases/components/deadline-flag";
import { labelOf, type FilterOptions } from "../filter-options";
import type { InboxRow } from "../types";
import { localName } from "@/lib/cases/components/names";

/** 看板: one column per stage, with the count matching the filters and this page's cards. */
export function InboxBoard({ rows, counts, options, stages }: { rows: InboxRow[]; counts: Partial<Record<CaseStatus, number>>; options: FilterOptions; stages: CaseStatus[] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const shown = stages.length ? CASE_STATUSES.filter((s) => stages.includes(s)) : CASE_STATUSES;
  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading" className="text-lg font-bold">
        {t("board.title")}
      </h2>
      <p className="mb-2 text-sm text-stone-700">{t("board.pageNote")}</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {shown.map((stage) => {
          const cards = rows.filter((r) => r.status === stage);
          return (
            <section key={stage} aria-labelledby={`col-${stage}`} className="rounded-lg border border-stone-300 bg-stone-100 p-2">
              <h3 id={`col-${stage}`} className="flex items-baseline justify-between gap-2 font-semibold">
                <span>{t(`stages.${stage}`)}</span>
                <span className="text-sm font-normal text-stone-700">{t("board.count", { count: counts[stage] ?? 0 })}</span>
              </h3>
              {cards.length === 0 ? (
                <p className="mt-2 text-sm text-stone-700">{t("board.none")}</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {cards.map((r) => (
                    <li key={r.id} className="rounded-md border border-stone-300 bg-white p-2 text-sm">
                      <Link href={`/admin/cases/${r.id}`} className="font-mono font-semibold text-brand-800 underline">
                        {r.reference}
                      </Link>
                      <p>{labelOf(options.categories, r.categoryCode)}</p>
                      <p className="text-stone-700">{localName(locale, r.leadDepartment) ?? t("inbox.unassigned")}</p>
                      <DeadlineFlag status={r.status} dueAt={r.dueAt} overdueDays={r.overdueDays} dueSoon={r.dueSoon} />
                      <CaseFlags supporters={r.supporterCount} reopenCount={r.reopenCount} needsSupervisor={r.needsSupervisor} chaseCount={r.chaseCount} supervision={r.supervision} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
