import { useTranslations } from "next-intl";
import type { CaseStatus } from "../workflow/workflow";

/** Colour groups by where the case stands; the text always names the stage, colour only helps. */
const TONE: Record<CaseStatus, string> = {
  SUBMITTED: "border-sky-700 bg-sky-50 text-sky-900",
  ACCEPTED: "border-sky-700 bg-sky-50 text-sky-900",
  DISPATCHED: "border-indigo-700 bg-indigo-50 text-indigo-900",
  RETURNED: "border-amber-700 bg-amber-50 text-amber-950",
  IN_PROGRESS: "border-indigo-700 bg-indigo-50 text-indigo-900",
  CONSULTATION: "border-violet-700 bg-violet-50 text-violet-900",
  REOPENED: "border-red-700 bg-red-50 text-red-900",
  RESOLVED: "border-emerald-700 bg-emerald-50 text-emerald-900",
  EVALUATED: "border-emerald-700 bg-emerald-50 text-emerald-900",
  CLOSED: "border-stone-600 bg-stone-100 text-stone-800",
  DECLINED: "border-stone-600 bg-stone-100 text-stone-800",
  MERGED: "border-stone-600 bg-stone-100 text-stone-800",
};

export function StageBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations("dashboard.stages");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>{t(status)}</span>;
}
