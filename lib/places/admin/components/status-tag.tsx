import { useTranslations } from "next-intl";
import type { PlaceStatus } from "../../schema";

const TONE: Record<PlaceStatus, string> = {
  ACTIVE: "border-green-700 bg-green-50 text-green-900",
  TEMPORARILY_CLOSED: "border-amber-700 bg-amber-50 text-amber-950",
  INACTIVE: "border-stone-600 bg-stone-100 text-stone-900",
};

export function StatusTag({ status }: { status: PlaceStatus }) {
  const t = useTranslations("directory.statuses");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>{t(status)}</span>;
}
