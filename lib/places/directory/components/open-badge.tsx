import { useTranslations } from "next-intl";
import type { PlaceStatus } from "@/lib/places/schema";

// Shared by the server-rendered place page and the client sheet: no state, no effects.
// (next-intl's useTranslations works in both server and client components.)

type Props = {
  openNow: boolean;
  status: PlaceStatus;
  is24h: boolean;
  closedReason?: string | null;
  closedUntil?: string | null;
};

export function OpenBadge({ openNow, status, is24h, closedReason, closedUntil }: Props) {
  const t = useTranslations("places.place");
  const suspended = status === "TEMPORARILY_CLOSED" && !openNow;
  const label = openNow ? t("open") : suspended ? t("temporarilyClosed") : t("closed");
  const tone = openNow ? "border-green-700 bg-green-50 text-green-900" : "border-stone-500 bg-stone-100 text-stone-900";
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold ${tone}`}>
        <span aria-hidden="true">{openNow ? "●" : "○"}</span>
        {label}
      </span>
      {is24h && !suspended ? <TwentyFourBadge /> : null}
      {suspended && (closedReason || closedUntil) ? (
        <span className="text-sm text-stone-800">
          {closedReason ? t("closedReason", { reason: closedReason }) : null}
          {closedReason && closedUntil ? "；" : null}
          {closedUntil ? t("closedUntil", { date: closedUntil }) : null}
        </span>
      ) : null}
    </span>
  );
}

export function TwentyFourBadge() {
  const t = useTranslations("places.place");
  return <span className="rounded-full border border-blue-800 bg-blue-50 px-2 py-0.5 text-sm font-semibold text-blue-900">{t("is24h")}</span>;
}
