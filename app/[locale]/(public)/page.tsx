import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/http/origin";
import { Link } from "@/lib/i18n/link";
import { CITY_CENTER } from "@/lib/places/directory/components/kind-style";
import { loadFacilityOptions, loadNearPlaces, loadPlaceDetail } from "@/lib/places/directory/loaders";
import { baseMapConfig } from "@/lib/places/map/components/base-map";
import { PlacesExplorer } from "@/lib/places/map/components/places-explorer";
import { sheetPlaceOf } from "@/lib/places/map/sheet-place";
import { parseMapUrl } from "@/lib/places/map/url-state";
import { ClientMessages } from "@/lib/i18n/client-messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  // Facilities come from the database and tiles from the environment: render per request.
  await connection();
  const [t, locale, query, h] = await Promise.all([getTranslations(), getLocale(), searchParams, headers()]);
  const lang = locale === "en" ? "en" : "zh-CN";
  const facilities = await loadFacilityOptions(locale);
  // Filters and the open place live in the address: a shared link renders what its sender saw.
  const state = parseMapUrl(query, facilities.map((f) => f.code));
  const origin = siteOrigin(h);
  const detail = state.placeId ? await loadPlaceDetail(state.placeId, locale) : null;
  const place = detail ? sheetPlaceOf(detail, origin, lang) : null;
  // The list is rendered here, so it shows before the client bundle arrives and without JavaScript.
  const centre = place ?? CITY_CENTER;
  const near = await loadNearPlaces({ lat: centre.lat, lng: centre.lng }, state.filters, locale, origin);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-x-3">
        <h1 className="text-lg font-bold text-stone-900">{t("home.title")}</h1>
        {/* The way through the directory without the map: for no JavaScript, screen readers, weak phones. */}
        <Link href="/places" className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-brand-700 underline">
          <span aria-hidden="true">☰</span>
          {t("places.list.textOnly")}
        </Link>
        <p className="w-full text-xs text-stone-700">{t("common.sampleData")}</p>
      </div>
      <ClientMessages namespaces={["places"]}>
        <PlacesExplorer facilities={facilities} baseMap={baseMapConfig(env())} start={{ filters: state.filters, place, near, origin: { lat: centre.lat, lng: centre.lng } }} />
      </ClientMessages>
    </>
  );
}
