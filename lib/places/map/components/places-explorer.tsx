"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { distanceMeters, type LatLng } from "@/lib/geo/distance";
import type { FacilityOption, NearPlace, PlaceDetail, PublicPlace } from "@/lib/places/schema";
import type { BaseMapConfig } from "./base-map";
import { CITY_BOUNDS, CITY_CENTER, CITY_ZOOM } from "@/lib/places/directory/components/kind-style";
import { sameFilters, type Filters, type MapUrlState } from "../url-state";
import { sheetPlaceOf } from "../sheet-place";
import { PlacesMap } from "./map-loader";
import type { MapView, SheetPlace, ViewRequest } from "./map-types";
import { NearList } from "./near-list";
import { PlaceFilters } from "./place-filters";
import { PlaceSheet } from "./place-sheet";
import { useLocate, type LocateState } from "./use-locate";
import { useMapHistory } from "./use-map-history";
import { usePlaceFeeds } from "./use-place-feeds";

const LOCATED_ZOOM = 15;
const PLACE_ZOOM = 16;
// Within this distance of the rider the map centre counts as "where the rider is".
const SAME_SPOT_M = 150;
// A view this close to the one the page opened on is still that view (a few pixels at city zoom).
const HOME_M = 1000;
const FAILURE_MESSAGE = { denied: "locateDenied", unavailable: "locateUnavailable", timeout: "locateTimeout", unsupported: "locateUnsupported" } as const;

/** What the server rendered from the address: filters, the shared place, and the list it found. */
export type ExplorerStart = { filters: Filters; place: SheetPlace | null; near: NearPlace[]; origin: LatLng };

/** The map page: map, filters, nearest-places list and the place sheet, sharing one state. */
export function PlacesExplorer({ facilities, baseMap, start }: { facilities: FacilityOption[]; baseMap: BaseMapConfig; start: ExplorerStart }) {
  const t = useTranslations("places");
  const lang = useLocale() as "zh-CN" | "en";
  const facilityByCode = useMemo(() => new Map(facilities.map((f) => [f.code, f])), [facilities]);
  const facilityCodes = useMemo(() => facilities.map((f) => f.code), [facilities]);
  const [filters, setFilters] = useState<Filters>(start.filters);
  const [view, setView] = useState<MapView | null>(null);
  const [home, setHome] = useState<MapView | null>(null);
  // A shared place opens centred on it; otherwise the whole city inside its outline.
  const [request, setRequest] = useState<ViewRequest>(() => (start.place ? { center: start.place, zoom: PLACE_ZOOM, seq: 0 } : { bounds: CITY_BOUNDS, seq: 0 }));
  const [user, setUser] = useState<LatLng | null>(null);
  const [selected, setSelected] = useState<SheetPlace | null>(start.place);
  const [reload, setReload] = useState(0);
  const opener = useRef<{ element: Element | null; placeId: string } | null>(null);
  const known = useRef(new Map<string, SheetPlace>(start.place ? [[start.place.id, start.place]] : []));
  const mapBox = useRef<HTMLDivElement>(null);

  const { state: located, locate } = useLocate((s: LocateState) => {
    if (s.status === "located") {
      setUser(s.position);
      setRequest((r) => ({ center: s.position, zoom: Math.max(LOCATED_ZOOM, view?.zoom ?? 0), seq: r.seq + 1 }));
    } else if (s.status === "failed") {
      setUser(null);
      setRequest((r) => ({ center: CITY_CENTER, zoom: CITY_ZOOM, seq: r.seq + 1 }));
    }
  });

  const onViewChange = useCallback((v: MapView) => {
    setView(v);
    setHome((h) => h ?? v);
  }, []);
  // Until the rider moves the map, the list stays the one for where the page opened (the server's).
  const atHome = !view || !home || (view.zoom === home.zoom && distanceMeters(view.center, home.center) < HOME_M);
  const nearUser = user !== null && (!view || distanceMeters(view.center, user) < SAME_SPOT_M);
  const origin = nearUser ? user : atHome ? start.origin : view.center;
  const { markers, near } = usePlaceFeeds(view, origin, filters, lang, reload, { origin: start.origin, filters: start.filters, places: start.near });

  // Focus goes back where it came from; a marker whose icon was rebuilt is found again by its class.
  const closeSheet = useCallback(() => {
    const from = opener.current;
    opener.current = null;
    setSelected(null);
    requestAnimationFrame(() => {
      const target =
        (from?.element?.isConnected && from.element !== document.body ? from.element : null) ??
        mapBox.current?.querySelector(`.nx-place-${from?.placeId}`) ??
        mapBox.current?.querySelector(".leaflet-container");
      (target as HTMLElement | null)?.focus();
    });
  }, []);

  const history = useMapHistory(facilityCodes, (s: MapUrlState) => {
    if (!sameFilters(s.filters, filters)) setFilters(s.filters);
    if (!s.placeId) return selected && closeSheet();
    if (s.placeId === selected?.id) return;
    const cached = known.current.get(s.placeId);
    if (cached) return setSelected(cached);
    fetch(`/api/places/${s.placeId}?lang=${lang}`)
      .then((r) => (r.ok ? (r.json() as Promise<PlaceDetail>) : null))
      .then((d) => d && setSelected(sheetPlaceOf(d, window.location.origin, lang)))
      .catch(() => {});
  });

  const select = useCallback(
    (place: PublicPlace | NearPlace) => {
      if (!opener.current) opener.current = { element: document.activeElement, placeId: place.id };
      known.current.set(place.id, place);
      setSelected(place);
      history.open({ filters, placeId: place.id });
    },
    [history, filters],
  );
  const close = useCallback(() => {
    if (!history.close({ filters, placeId: null })) closeSheet();
  }, [history, filters, closeSheet]);
  const changeFilters = useCallback(
    (f: Filters) => {
      setFilters(f);
      history.replace({ filters: f, placeId: selected?.id ?? null });
    },
    [history, selected],
  );

  const status =
    located.status === "failed"
      ? t(`map.${FAILURE_MESSAGE[located.reason]}`)
      : located.status === "locating"
        ? t("map.locating")
        : located.status === "located"
          ? t("map.located")
          : "";
  const heading = nearUser ? "list.nearYou" : atHome && !start.place ? "list.nearCityCentre" : "list.nearCenter";

  return (
    <div className="md:grid md:grid-cols-[minmax(0,1fr)_24rem] md:items-start md:gap-4">
      <div
        ref={mapBox}
        role="region"
        aria-label={t("map.label")}
        data-lat={view?.center.lat.toFixed(5)}
        data-lng={view?.center.lng.toFixed(5)}
        data-zoom={view?.zoom}
        className="relative isolate h-[52dvh] min-h-72 overflow-hidden rounded-lg border border-stone-300 bg-stone-200 md:sticky md:top-16 md:h-[calc(100dvh-7.5rem)]"
      >
        <PlacesMap
          baseMap={baseMap}
          places={markers.data.places}
          selectedId={selected?.id ?? null}
          user={user}
          request={request}
          onViewChange={onViewChange}
          onSelect={select}
        />
        <button
          type="button"
          onClick={locate}
          aria-busy={located.status === "locating"}
          className="absolute bottom-7 right-2 z-[500] inline-flex min-h-12 items-center gap-1.5 rounded-full border-2 border-white bg-brand-700 px-4 font-bold text-white shadow-lg hover:bg-brand-800"
        >
          <span aria-hidden="true">◎</span>
          {t("map.locate")}
        </button>
      </div>
      {/* On wide screens a panel as tall as the map: the list scrolls inside it and the sheet covers it. */}
      <div className="relative mt-2 min-w-0 md:sticky md:top-16 md:mt-0 md:h-[calc(100dvh-7.5rem)]">
        <div className="space-y-3 md:h-full md:overflow-y-auto md:pr-1">
          <p role="status" className="empty:hidden rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900">
            {status}
          </p>
          {markers.status === "error" ? <p className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">{t("map.loadFailed")}</p> : null}
          {markers.data.truncated ? <p className="text-sm text-stone-800">{t("map.truncated")}</p> : null}
          <PlaceFilters filters={filters} facilities={facilities} onChange={changeFilters} />
          <NearList
            places={near.data}
            status={near.status}
            heading={t(heading)}
            facilities={facilityByCode}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onRetry={() => setReload((n) => n + 1)}
          />
        </div>
        {selected ? <PlaceSheet key={selected.id} place={selected} facilities={facilityByCode} onClose={close} /> : null}
      </div>
    </div>
  );
}
