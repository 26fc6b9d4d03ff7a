import { useFormatter, useTranslations } from "next-intl";
import { OPEN_STATUSES, type CaseStatus } from "../workflow/workflow";
import { CHINA_DATE_TIME } from "@/lib/time/china";

/**
 * The deadline, with 逾期N个工作日 in red or 即将到期 in amber while the case is still being handled
 * (a resolved or closed case is past its deadline by nature); text, not colour, carries the meaning.
 */
export function DeadlineFlag({ status, dueAt, overdueDays, dueSoon }: { status: CaseStatus; dueAt: Date | null; overdueDays: number; dueSoon: boolean }) {
  const t = useTranslations("dashboard.flags");
  const format = useFormatter();
  if (!dueAt) return <span className="text-stone-700">{t("noDeadline")}</span>;
  const open = OPEN_STATUSES.includes(status);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <time dateTime={dueAt.toISOString()} className="whitespace-nowrap">
        {format.dateTime(dueAt, CHINA_DATE_TIME)}
      </time>
      {open && overdueDays > 0 ? (
        <strong className="whitespace-nowrap rounded bg-red-700 px-1.5 py-0.5 text-sm text-white">{t(status === "SUBMITTED" ? "acceptOverdue" : "overdue", { days: overdueDays })}</strong>
      ) : open && dueSoon ? (
        <strong className="whitespace-nowrap rounded bg-amber-300 px-1.5 py-0.5 text-sm text-amber-950">{t("dueSoon")}</strong>
      ) : null}
    </span>
  );
}
