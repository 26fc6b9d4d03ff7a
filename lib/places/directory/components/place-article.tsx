import { useTranslations } from "next-intl";
import type { PlaceDetail } from "@/lib/places/schema";
import { BackToMapLink } from "./back-to-map";
import { FacilityList } from "./facility-list";
import { FreshnessBadge } from "./freshness-badge";
import { HoursTable } from "./hours-table";
import { NavigateButtons } from "./navigate-buttons";
import { OpenBadge } from "./open-badge";
import { PhotoStrip } from "./photo-strip";
import { PlaceFacts } from "./place-facts";
import { ShareButton, type ShareLabels } from "./share-button";

/**
 * The full place page: plain HTML and links only, so it works without JavaScript and can be
 * shared as a link in a chat group.
 */
export function PlaceArticle({ place, today, share }: { place: PlaceDetail; today: number; share: { url: string; labels: ShareLabels } }) {
  const t = useTranslations();
  return (
    <article className="mx-auto max-w-2xl space-y-5">
      <BackToMapLink />
      {place.isSample ? (
        <p className="rounded-md border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("common.sampleData")}</p>
      ) : null}
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-stone-900 wrap-anywhere">{place.name}</h1>
        <OpenBadge openNow={place.openNow} status={place.status} is24h={place.is24h} closedReason={place.closedReason} closedUntil={place.closedUntil} />
        <p>
          <FreshnessBadge assuredDate={place.assured_date} assuredBy={place.assuredBy} />
        </p>
      </header>
      <PlaceFacts kind={place.kind} address={place.address} district={place.district} subdistrict={place.subdistrict} phone={place.phone} />
      <NavigateButtons links={place.navigation} />
      <ShareButton url={share.url} title={place.name} text={place.address} labels={share.labels} />
      {place.photos.length ? (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading" className="mb-2 font-bold">
            {t("places.place.photos")}
          </h2>
          <PhotoStrip photos={place.photos} alt={(n) => t("places.place.photoAlt", { name: place.name, n })} />
        </section>
      ) : null}
      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading" className="mb-2 font-bold">
          {t("places.place.hours")}
        </h2>
        <HoursTable hours={place.hours} is24h={place.is24h} today={today} holiday={place} />
      </section>
      <section aria-labelledby="facilities-heading">
        <h2 id="facilities-heading" className="mb-2 font-bold">
          {t("places.place.facilities")}
        </h2>
        <FacilityList items={place.facilities} />
      </section>
      {place.description || place.organization ? (
        <section aria-labelledby="about-heading" className="space-y-1">
          <h2 id="about-heading" className="font-bold">
            {t("places.place.about")}
          </h2>
          {place.description ? <p>{place.description}</p> : null}
          {place.organization ? (
            <p className="text-stone-800">
              {t("places.place.organization")}：{place.organization}
            </p>
          ) : null}
        </section>
      ) : null}
      {place.lastVerifiedAt ? (
        <p className="text-sm text-stone-700">{t("places.place.lastVerified", { date: place.lastVerifiedAt.slice(0, 10) })}</p>
      ) : null}
    </article>
  );
}
