import { useTranslations } from "next-intl";
import { freshness, type AssuredBy, type FreshnessState } from "../freshness";

// Shared by the server-rendered place page, the client sheet and list cards: no state, no effects.

type Props = {
  /** HSDS assured_date (YYYY-MM-DD, China), as the place JSON and the feeds carry it. */
  assuredDate: string | null;
  /** Who assured it last, when known (the place JSON says; the feeds do not). */
  assuredBy?: AssuredBy | null;
  now?: Date;
};

const TONE: Record<FreshnessState, string> = {
  fresh: "border-green-700 bg-green-50 text-green-900",
  ageing: "border-amber-600 bg-amber-50 text-amber-950",
  stale: "border-stone-500 bg-stone-100 text-stone-900",
};
const ICON: Record<FreshnessState, string> = { fresh: "✓", ageing: "◷", stale: "?" };

/** "骑手 3 天前确认": how recently someone checked this place, toned by freshness (lib/places/directory/freshness.ts). */
export function FreshnessBadge({ assuredDate, assuredBy = null, now = new Date() }: Props) {
  const t = useTranslations("places.freshness");
  const { state, days } = freshness(assuredDate, now);
  const label = days === null ? t("never") : t(assuredBy ?? "anyone", { days });
  return (
    <span data-freshness={state} className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold ${TONE[state]}`}>
      <span aria-hidden="true">{ICON[state]}</span>
      {label}
      {state === "fresh" ? null : <span className="font-normal">· {t(`states.${state}`)}</span>}
    </span>
  );
}
