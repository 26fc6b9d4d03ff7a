"use client";

import { useLocale, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import { navigationLinks } from "@/lib/places/directory/navigation";
import type { FacilityOption, NearPlace } from "@/lib/places/schema";
import { FacilityChips } from "@/lib/places/directory/components/facility-list";
import { formatDistance } from "@/lib/places/directory/components/format";
import { NavigateLinks } from "@/lib/places/directory/components/navigate-buttons";
import { OpenBadge } from "@/lib/places/directory/components/open-badge";
import { KindLabel } from "@/lib/places/directory/components/place-facts";

type Props = {
  places: NearPlace[];
  status: "loading" | "ready" | "error";
  heading: string;
  facilities: Map<string, FacilityOption>;
  selectedId: string | null;
  onSelect: (place: NearPlace) => void;
  onRetry: () => void;
};

// A plain click opens the sheet; a modified one (new tab) and a page without JavaScript follow the link.
const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export function NearList({ places, status, heading, facilities, selectedId, onSelect, onRetry }: Props) {
  const t = useTranslations("places");
  const locale = useLocale();
  return (
    <section aria-labelledby="near-heading" aria-busy={status === "loading"}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="near-heading" className="text-lg font-bold">
          {heading}
        </h2>
        {status === "ready" ? <span className="shrink-0 text-sm text-stone-700">{t("list.count", { count: places.length })}</span> : null}
      </div>
      {status === "error" ? (
        <p className="flex flex-wrap items-center gap-2 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {t("map.loadFailed")}
          <button type="button" onClick={onRetry} className="min-h-11 rounded-lg border-2 border-red-800 bg-white px-3 font-semibold">
            {t("map.retry")}
          </button>
        </p>
      ) : status === "loading" && !places.length ? (
        <p className="text-stone-700">{t("list.loading")}</p>
      ) : !places.length ? (
        <p className="text-stone-700">{t("list.empty")}</p>
      ) : null}
      <ol aria-labelledby="near-heading" className={`space-y-2 ${status === "loading" ? "opacity-60" : ""}`}>
        {places.map((p) => {
          return (
            <li
              key={p.id}
              data-place-id={p.id}
              data-distance-m={p.distance_m}
              className={`relative min-w-0 rounded-lg border-2 bg-white p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-700 ${p.id === selectedId ? "border-brand-700" : "border-stone-200"}`}
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="min-w-0 font-bold leading-snug wrap-anywhere">
                  {/* The link stretches over the whole card: one big tap target, with a short accessible name. */}
                  <Link
                    href={`/places/${p.id}`}
                    prefetch={false}
                    onClick={(e) => {
                      if (!plainClick(e)) return;
                      e.preventDefault();
                      onSelect(p);
                    }}
                    className="text-stone-900 after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
                  >
                    {p.name}
                  </Link>
                </h3>
                <span className="shrink-0 font-bold tabular-nums text-brand-800">{formatDistance(p.distance_m, locale)}</span>
              </div>
              <p className="mt-0.5 text-sm text-stone-800 wrap-anywhere">
                <KindLabel kind={p.kind} /> · {p.address}
              </p>
              <div className="mt-1.5 flex flex-wrap items-center gap-2">
                <OpenBadge openNow={p.open_now} status={p.status} is24h={p.is_24h} />
                <FacilityChips items={p.facilities.flatMap((c) => facilities.get(c) ?? [])} />
              </div>
              {/* Above the stretched link; <details> opens without JavaScript too. */}
              <details className="group relative z-10 mt-2">
                <summary className="ml-auto flex w-fit min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-lg border-2 border-brand-700 bg-brand-700 px-4 font-bold text-white group-open:mb-2 [&::-webkit-details-marker]:hidden">
                  <span aria-hidden="true">➤</span>
                  {t("list.navigate")}
                  <span className="sr-only">{p.name}</span>
                </summary>
                <NavigateLinks links={navigationLinks({ lat: p.lat, lng: p.lng }, p.name)} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
