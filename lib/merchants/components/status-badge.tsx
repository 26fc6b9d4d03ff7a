import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "../schema";

const TONE: Record<ApplicationStatus, string> = {
  SUBMITTED: "border-blue-800 bg-blue-50 text-blue-900",
  UNDER_REVIEW: "border-amber-700 bg-amber-50 text-amber-950",
  APPROVED: "border-green-800 bg-green-50 text-green-900",
  REJECTED: "border-red-800 bg-red-50 text-red-900",
  NEEDS_CHANGES: "border-orange-800 bg-orange-50 text-orange-950",
};

/** The state in words (never colour alone). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("merchants.status");
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONE[status]}`}>{t(status)}</span>;
}
