"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/lib/i18n/navigation";
import { navigationLinks } from "@/lib/places/directory/navigation";
import type { FacilityOption } from "@/lib/places/schema";
import { chinaClock } from "@/lib/time/china";
import { FacilityList } from "@/lib/places/directory/components/facility-list";
import { FreshnessBadge } from "@/lib/places/directory/components/freshness-badge";
import { PhotoStrip } from "@/lib/places/directory/components/photo-strip";
import { HoursTable } from "@/lib/places/directory/components/hours-table";
import { NavigateButtons } from "@/lib/places/directory/components/navigate-buttons";
import { OpenBadge } from "@/lib/places/directory/components/open-badge";
import { PlaceFacts } from "@/lib/places/directory/components/place-facts";
import { ShareButton } from "@/lib/places/directory/components/share-button";
import type { SheetPlace } from "./map-types";
import { usePlaceDetail } from "./use-place-detail";

type Props = { place: SheetPlace; facilities: Map<string, FacilityOption>; onClose: () => void };

/**
 * A bottom sheet on phones (kept above the 56 px bottom navigation), a panel over the list on
 * wide screens. Not modal: the map stays usable while it is open.
 */
export function PlaceSheet({ place, facilities, onClose }: Props) {
  const t = useTranslations("places.place");
  const ts = useTranslations("places.share");
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = usePlaceDetail(place.id);

  useEffect(() => {
    heading.current?.focus();
  }, [place.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="place-sheet-title"
      className="fixed inset-x-0 bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-[1001] max-h-[70dvh] space-y-4 overflow-y-auto rounded-t-2xl border-t-2 border-stone-300 bg-white p-4 shadow-[0_-8px_24px_rgba(0,0,0,0.25)] md:absolute md:inset-0 md:max-h-none md:rounded-lg md:border-2 md:shadow-lg"
    >
      <div className="flex items-start gap-2">
        <h2 id="place-sheet-title" ref={heading} tabIndex={-1} className="min-w-0 flex-1 pt-2 text-xl font-bold text-stone-900 wrap-anywhere">
          {place.name}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full border-2 border-stone-400 text-xl text-stone-900"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <OpenBadge openNow={place.open_now} status={place.status} is24h={place.is_24h} closedReason={detail?.closedReason} closedUntil={detail?.closedUntil} />
      <FreshnessBadge assuredDate={detail?.assured_date ?? place.assured_date} assuredBy={detail?.assuredBy} />
      <PlaceFacts kind={place.kind} address={place.address} district={place.district} subdistrict={place.subdistrict} phone={place.phone} />
      <NavigateButtons links={navigationLinks({ lat: place.lat, lng: place.lng }, place.name)} headingLevel={3} />
      <ShareButton url={place.url} title={place.name} text={place.address} labels={{ share: ts("button"), copied: ts("copied"), copyFailed: ts("copyFailed") }} />
      {detail?.photos.length ? (
        <section aria-labelledby="sheet-photos-heading">
          <h3 id="sheet-photos-heading" className="mb-2 font-bold">
            {t("photos")}
          </h3>
          <PhotoStrip photos={detail.photos.slice(0, 2)} alt={(n) => t("photoAlt", { name: place.name, n })} />
        </section>
      ) : null}
      <section aria-labelledby="sheet-facilities-heading">
        <h3 id="sheet-facilities-heading" className="mb-2 font-bold">
          {t("facilities")}
        </h3>
        <FacilityList items={detail?.facilities ?? place.facilities.flatMap((c) => facilities.get(c) ?? [])} />
      </section>
      {detail ? (
        <section aria-labelledby="sheet-hours-heading">
          <h3 id="sheet-hours-heading" className="mb-2 font-bold">
            {t("hours")}
          </h3>
          <HoursTable hours={detail.hours} is24h={detail.is24h} today={chinaClock(new Date()).weekday} holiday={detail} />
        </section>
      ) : null}
      <Link
        href={`/places/${place.id}`}
        className="flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        {t("details")}
      </Link>
    </section>
  );
}
