"use client";

import type { FeatureCollection } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { GeoJSON } from "react-leaflet";
import type { LatLng } from "@/lib/places/directory/navigation";

/**
 * The two district outlines (WGS-84, a static file). Without a base map their light fill is the
 * "land" the markers stand on, so the rider sees a city rather than a grey box.
 */
export function DistrictOutlines({ bare, toMap }: { bare: boolean; toMap: (p: LatLng) => LatLng }) {
  const [data, setData] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch("/geo/jinchang-districts.wgs84.geojson", { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : Promise.reject(new Error(String(r.status)))))
      // The file also holds the whole city as the union of both districts: drawing it too would double the lines.
      .then((fc) => setData({ type: "FeatureCollection", features: fc.features.filter((f) => f.properties?.level === "district") }))
      .catch(() => {});
    return () => ctrl.abort();
  }, []);

  const style = useMemo(
    () => ({ className: "district-outline", color: "#9a3412", weight: 2, dashArray: "6 4", fillColor: "#fffbeb", fillOpacity: bare ? 0.9 : 0.06 }),
    [bare],
  );
  if (!data) return null;
  return (
    <GeoJSON
      data={data}
      style={style}
      interactive={false}
      // Read once when the layer is built; the tiles' datum is fixed for the page's life.
      coordsToLatLng={(c) => {
        const p = toMap({ lng: c[0]!, lat: c[1]! });
        return L.latLng(p.lat, p.lng);
      }}
    />
  );
}
