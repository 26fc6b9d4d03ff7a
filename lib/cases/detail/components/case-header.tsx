import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { CaseFlags } from "./case-flags";
import { DeadlineFlag } from "@/lib/cases/components/deadline-flag";
import type { StaffCase } from "../types";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import { StageBadge } from "@/lib/cases/components/stage-badge";

export function CaseHeader({ c, dueSoon }: { c: StaffCase; dueSoon: boolean }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <header className="space-y-2">
      <Link href="/admin/cases" className="inline-flex min-h-11 items-center text-brand-800 underline">
        {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("detail.title", { reference: c.reference })}</h1>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-[minmax(7rem,auto)_1fr]">
        <dt className="font-semibold">{t("detail.stage")}</dt>
        <dd data-testid="case-stage">
          <StageBadge status={c.status} />
        </dd>
        <dt className="font-semibold">{t("detail.priority")}</dt>
        <dd>{t(`priorities.${c.priority}`)}</dd>
        <dt className="font-semibold">{t("detail.submittedAt")}</dt>
        <dd>{format.dateTime(c.createdAt, CHINA_DATE_TIME)}</dd>
        <dt className="font-semibold">{t("detail.deadline")}</dt>
        <dd>
          <DeadlineFlag status={c.status} dueAt={c.dueAt} overdueDays={c.overdueDays} dueSoon={dueSoon} />
        </dd>
        {c.resolution ? (
          <>
            <dt className="font-semibold">{t("detail.resolution")}</dt>
            <dd>{t(`outcomes.${c.resolution}`)}</dd>
          </>
        ) : null}
        {c.rating ? (
          <>
            <dt className="font-semibold">{t("detail.rating")}</dt>
            <dd>
              {t(`ratings.${c.rating}`)}
              {c.ratingComment ? <span className="block whitespace-pre-wrap text-stone-800">{c.ratingComment}</span> : null}
            </dd>
          </>
        ) : null}
        {c.assessmentScore ? (
          <>
            <dt className="font-semibold">{t("detail.assessment")}</dt>
            <dd>
              {t("detail.score", { score: c.assessmentScore })}
              {c.assessmentNote ? <span className="block whitespace-pre-wrap">{c.assessmentNote}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      <CaseFlags supporters={c.supporterCount} reopenCount={c.reopenCount} needsSupervisor={c.needsSupervisor} chaseCount={c.chaseCount} supervision={c.supervisionOrders.length === 0 ? null : c.supervisionOrders.some((o) => !o.answeredAt) ? "open" : "answered"} />
      {c.mergedIntoReference ? <p className="font-semibold">{t("detail.mergedInto", { reference: c.mergedIntoReference })}</p> : null}
      {c.needsSupervisor ? (
        <p className="rounded-md border-2 border-red-700 bg-red-50 p-2 font-semibold text-red-900">{t("detail.needsSupervisor")}</p>
      ) : null}
    </header>
  );
}
