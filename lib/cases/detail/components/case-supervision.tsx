import { useFormatter, useTranslations } from "next-intl";
import type { CaseCommand } from "@/lib/cases/workflow/commands";
import { CHASEABLE_STATUSES, type CaseStatus } from "@/lib/cases/workflow/workflow";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import type { StaffCase } from "../types";
import { CommandSection } from "./forms/fields";
import { AnswerSupervisionForm, SuperviseForm } from "./forms/supervision-forms";

type Props = { orders: StaffCase["supervisionOrders"]; caseId: string; status: CaseStatus; commands: CaseCommand[] };

/** 督办 orders with their answers; the lead department answers here, an officer or admin opens one. */
export function CaseSupervision({ orders, caseId, status, commands }: Props) {
  const t = useTranslations("dashboard.supervision");
  const format = useFormatter();
  const canOpen = commands.includes("supervise") && CHASEABLE_STATUSES.includes(status);
  const canAnswer = commands.includes("answer_supervision");
  return (
    <section aria-labelledby="supervision-heading" data-testid="supervision" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="supervision-heading" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {orders.length === 0 ? <p className="text-stone-700">{t("none")}</p> : null}
      {orders.some((o) => !o.answeredAt) ? <p className="mb-2 font-semibold text-red-900">{t("blocksResolve")}</p> : null}
      <ul className="space-y-3">
        {orders.map((o) => (
          <li key={o.id} data-testid="supervision-order" className="border-t border-stone-200 pt-2 first:border-0 first:pt-0">
            <p className="flex flex-wrap items-center gap-2">
              <strong className="font-mono">{o.number}</strong>
              <span className={`rounded px-1.5 text-sm font-semibold ${o.answeredAt ? "bg-emerald-700 text-white" : "bg-red-700 text-white"}`}>{o.answeredAt ? t("answered") : t("open")}</span>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
              <dt className="font-semibold">{t("dueAt")}</dt>
              <dd>{format.dateTime(o.dueAt, CHINA_DATE_TIME)}</dd>
              {o.orderedBy ? (
                <>
                  <dt className="font-semibold">{t("orderedBy")}</dt>
                  <dd>{o.orderedBy}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("reason")}</dt>
              <dd className="whitespace-pre-wrap">{o.reason}</dd>
              {o.answer ? (
                <>
                  <dt className="font-semibold">{t("answer")}</dt>
                  <dd className="whitespace-pre-wrap">{o.answer}</dd>
                </>
              ) : null}
            </dl>
            {canAnswer && !o.answeredAt ? <AnswerSupervisionForm orderId={o.id} /> : null}
          </li>
        ))}
      </ul>
      {canOpen ? (
        <div className="mt-3">
          <CommandSection id="action-supervise" title={t("newOrder")}>
            <SuperviseForm caseId={caseId} />
          </CommandSection>
        </div>
      ) : null}
    </section>
  );
}
