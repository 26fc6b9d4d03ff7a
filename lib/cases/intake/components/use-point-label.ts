"use client";

import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { useEffect, useState } from "react";
import type { LatLng } from "@/lib/places/directory/navigation";
import type { NearPlace } from "@/lib/places/schema";

/** A directory place farther than this says nothing useful about where a point is. */
export const NEAR_PLACE_RADIUS_M = 300;
const DISTRICTS: Record<string, "JINCHUAN" | "YONGCHANG"> = { "620302": "JINCHUAN", "620321": "YONGCHANG" };

export type PointLabel = { place: { name: string; distance_m: number } | null; district: "JINCHUAN" | "YONGCHANG" | null };

let outlines: Promise<{ district: "JINCHUAN" | "YONGCHANG"; feature: Feature<Polygon | MultiPolygon> }[]> | undefined;

/** The bundled district outlines, fetched once per page (the same static file the map draws). */
function loadOutlines() {
  outlines ??= fetch("/geo/jinchang-districts.wgs84.geojson")
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection<Polygon | MultiPolygon, { adcode?: number | string }>>) : Promise.reject(new Error(String(r.status)))))
    .then((fc) => fc.features.flatMap((feature) => (DISTRICTS[String(feature.properties?.adcode)] ? [{ district: DISTRICTS[String(feature.properties?.adcode)]!, feature }] : [])))
    .catch(() => {
      outlines = undefined; // try again on the next point
      return [];
    });
  return outlines;
}

/**
 * What a picked point is near, so that the worker can check it is the right spot: the nearest
 * directory place within 300 m and the district, both from our own data (no outside geocoder
 * sees where a worker is).
 */
export function usePointLabel(point: LatLng | null, lang: string): PointLabel | null {
  const [label, setLabel] = useState<{ key: string; value: PointLabel } | null>(null);
  const key = point ? `${point.lat},${point.lng},${lang}` : "";

  useEffect(() => {
    if (!point) return;
    const ctrl = new AbortController();
    const params = new URLSearchParams({ lat: String(point.lat), lng: String(point.lng), limit: "1", lang });
    const near = fetch(`/api/places/near?${params}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ places: NearPlace[] }>) : { places: [] }))
      .then(({ places }) => places.find((p) => p.distance_m <= NEAR_PLACE_RADIUS_M) ?? null)
      .catch(() => null);
    void Promise.all([near, loadOutlines()]).then(([place, shapes]) => {
      if (ctrl.signal.aborted) return;
      const district = shapes.find((o) => booleanPointInPolygon([point.lng, point.lat], o.feature))?.district ?? null;
      setLabel({ key, value: { place: place ? { name: place.name, distance_m: place.distance_m } : null, district } });
    });
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the point: a new object with the same coordinates asks nothing again
  }, [key]);

  return label && label.key === key ? label.value : null;
}
