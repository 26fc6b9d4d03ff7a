"use client";

import { useEffect, useState } from "react";
import type { LatLng } from "@/lib/places/directory/navigation";
import type { NearPlace, PublicPlace } from "@/lib/places/schema";
import type { Filters } from "../url-state";
import type { MapView } from "./map-types";

type PlaceFeature = { geometry: { coordinates: [number, number] }; properties: Omit<PublicPlace, "lat" | "lng"> };
type Answer<T> = { key: string | null; data: T; failed: boolean };

// Clustering copes with the whole viewport, so ask for more than the API's default 500.
const MARKER_LIMIT = 2000;
const LIST_LIMIT = 20;

function filterParams(f: Filters, lang: string): URLSearchParams {
  const p = new URLSearchParams({ lang });
  for (const k of f.kinds) p.append("kind", k);
  for (const c of f.facilities) p.append("facility", c);
  if (f.openNow) p.set("open_now", "1");
  if (f.is24h) p.set("is_24h", "1");
  if (f.q.trim()) p.set("q", f.q.trim());
  return p;
}

// Rounded keys: tiny sub-metre map jitters must not refetch.
const round = (n: number) => n.toFixed(4);

/** The nearest places the server already rendered, and for which origin and filters. */
export type InitialNear = { origin: LatLng; filters: Filters; places: NearPlace[] };

const nearKeyOf = (origin: LatLng, query: string, reload: number) => `${round(origin.lat)},${round(origin.lng)}&${query}#${reload}`;

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return res.json() as Promise<T>;
}

/**
 * The two public feeds behind the map page: places in the viewport (markers) and the places
 * nearest the origin (list). A newer request aborts the one it replaces, so a slow answer for an
 * old viewport can never overwrite a newer one.
 */
export function usePlaceFeeds(view: MapView | null, origin: LatLng, filters: Filters, lang: string, reload: number, initial: InitialNear) {
  const query = filterParams(filters, lang).toString();
  const bbox = view?.bbox.map(round).join(",");
  const lat = round(origin.lat);
  const lng = round(origin.lng);
  // Each answer remembers which request it answers; one that differs from the current request is stale.
  const markersKey = bbox ? `${bbox}&${query}#${reload}` : null;
  const nearKey = nearKeyOf(origin, query, reload);
  const [markers, setMarkers] = useState<Answer<{ places: PublicPlace[]; truncated: boolean }>>({ key: null, data: { places: [], truncated: false }, failed: false });
  // The server's list answers the first request, so the page neither refetches nor flashes "loading".
  const [near, setNear] = useState<Answer<NearPlace[]>>(() => ({ key: nearKeyOf(initial.origin, filterParams(initial.filters, lang).toString(), 0), data: initial.places, failed: false }));

  useEffect(() => {
    if (!markersKey) return;
    const ctrl = new AbortController();
    getJson<{ features: PlaceFeature[]; truncated?: boolean }>(`/api/places.geojson?bbox=${bbox}&limit=${MARKER_LIMIT}&${query}`, ctrl.signal)
      .then((fc) => {
        const places = fc.features.map((f) => ({ ...f.properties, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
        setMarkers({ key: markersKey, data: { places, truncated: Boolean(fc.truncated) }, failed: false });
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setMarkers((m) => ({ ...m, key: markersKey, failed: true }));
        if (!ctrl.signal.aborted) console.error(e);
      });
    return () => ctrl.abort();
  }, [markersKey, bbox, query]);

  useEffect(() => {
    if (near.key === nearKey) return;
    const ctrl = new AbortController();
    getJson<{ places: NearPlace[] }>(`/api/places/near?lat=${lat}&lng=${lng}&limit=${LIST_LIMIT}&${query}`, ctrl.signal)
      .then((body) => setNear({ key: nearKey, data: body.places, failed: false }))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setNear((n) => ({ ...n, key: nearKey, failed: true }));
        if (!ctrl.signal.aborted) console.error(e);
      });
    return () => ctrl.abort();
  }, [near.key, nearKey, lat, lng, query]);

  return {
    markers: { data: markers.data, status: statusOf(markers, markersKey) },
    near: { data: near.data, status: statusOf(near, nearKey) },
  };
}

function statusOf(answer: Answer<unknown>, key: string | null): "loading" | "ready" | "error" {
  return answer.key !== key ? "loading" : answer.failed ? "error" : "ready";
}
