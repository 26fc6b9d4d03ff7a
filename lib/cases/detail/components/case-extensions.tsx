import { useFormatter, useTranslations } from "next-intl";
import type { StaffCase } from "../types";
import { ExtensionDecisionForm } from "./forms/extension-forms";
import { CHINA_DATE_TIME } from "@/lib/time/china";

const TONE = { PENDING: "bg-amber-200 text-amber-950", APPROVED: "bg-emerald-700 text-white", REFUSED: "bg-stone-700 text-white" } as const;

/** 延期申请 and their decisions; an officer decides pending ones here. */
export function CaseExtensions({ extensions, canDecide }: { extensions: StaffCase["extensions"]; canDecide: boolean }) {
  const t = useTranslations("dashboard.extensions");
  const format = useFormatter();
  return (
    <section aria-labelledby="extensions-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="extensions-heading" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {extensions.length === 0 ? <p className="text-stone-700">{t("none")}</p> : null}
      <ul className="space-y-3">
        {extensions.map((x) => (
          <li key={x.id} className="border-t border-stone-200 pt-2 first:border-0 first:pt-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-1.5 text-sm font-semibold ${TONE[x.status]}`}>{t(x.status)}</span>
              <span>
                {t("proposed")}: <strong>{format.dateTime(x.proposedDueAt, CHINA_DATE_TIME)}</strong>
              </span>
              <span className="text-sm text-stone-700">
                {t("requestedAt")}: {format.dateTime(x.createdAt, CHINA_DATE_TIME)}
              </span>
            </p>
            <p className="whitespace-pre-wrap">
              <span className="font-semibold">{t("reason")}: </span>
              {x.reason}
            </p>
            {x.decisionNote ? <p className="whitespace-pre-wrap text-stone-800">{x.decisionNote}</p> : null}
            {canDecide && x.status === "PENDING" ? <ExtensionDecisionForm extensionId={x.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
