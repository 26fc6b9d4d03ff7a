"use client";

import { useTranslations } from "next-intl";

export const STAGES = ["collect", "accept", "handle", "resolve", "rate"] as const;

/** 收集 → 受理 → 办理 → 办结 → 评价: where each status sits on the worker's five-step line. */
const STAGE_OF: Record<string, number> = {
  SUBMITTED: 0,
  ACCEPTED: 1,
  DECLINED: 1,
  MERGED: 1,
  DISPATCHED: 2,
  RETURNED: 2,
  IN_PROGRESS: 2,
  CONSULTATION: 2,
  REOPENED: 2,
  RESOLVED: 3,
  EVALUATED: 4,
  CLOSED: 4,
};

export function CaseStages({ status }: { status: string }) {
  const t = useTranslations("cases.stages");
  const current = STAGE_OF[status] ?? 0;
  const finished = status === "CLOSED" || status === "EVALUATED";
  return (
    <ol aria-label={t("label")} className="grid grid-cols-5 gap-1 text-center text-sm">
      {STAGES.map((s, i) => {
        const state = i < current || (finished && i === current) ? "done" : i === current ? "current" : "todo";
        return (
          <li key={s} aria-current={state === "current" ? "step" : undefined} className="flex flex-col items-center gap-1">
            <span
              aria-hidden="true"
              className={`flex size-9 items-center justify-center rounded-full border-2 font-bold ${
                state === "done" ? "border-green-800 bg-green-800 text-white" : state === "current" ? "border-brand-700 bg-brand-700 text-white" : "border-stone-400 bg-white text-stone-700"
              }`}
            >
              {state === "done" ? "✓" : i + 1}
            </span>
            <span className={state === "current" ? "font-bold text-brand-800" : "text-stone-800"}>{t(s)}</span>
            <span className="sr-only">{t(state)}</span>
          </li>
        );
      })}
    </ol>
  );
}
