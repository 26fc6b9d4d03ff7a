"use client";

import { TileLayer } from "react-leaflet";
import { toGcj02, toWgs84, type LatLng } from "@/lib/places/directory/navigation";
import type { BaseMapConfig } from "./base-map";
import type { useBaseMapHealth } from "./base-map-health";

// What every Leaflet map here shares: the map's chrome, the tile layers, the datum shift for Amap's
// GCJ-02 tiles, and the notice shown when the base map cannot load.

/** 44 px zoom buttons, readable attribution, and stone where tiles are missing. */
export const MAP_CHROME =
  "bg-[#e7e5e4]! [&_.leaflet-control-attribution]:bg-white/90! [&_.leaflet-control-attribution]:text-stone-800! [&_.leaflet-control-attribution_a]:text-blue-800! [&_.leaflet-control-zoom_a]:h-11! [&_.leaflet-control-zoom_a]:w-11! [&_.leaflet-control-zoom_a]:text-2xl! [&_.leaflet-control-zoom_a]:leading-[44px]!";

const same = (p: LatLng) => p;
const fromGcj02 = (p: LatLng) => toWgs84(p, "GCJ02");

/** Amap's tiles are drawn in GCJ-02: what we draw is shifted onto them, what the map reports is shifted back. */
export function datumShift(baseMap: BaseMapConfig): { toMap: (p: LatLng) => LatLng; toData: (p: LatLng) => LatLng } {
  return baseMap.datum === "GCJ02" ? { toMap: toGcj02, toData: fromGcj02 } : { toMap: same, toData: same };
}

/** The attribution message key for the configured provider; each map's namespace holds the three. */
export function attributionKey(baseMap: BaseMapConfig) {
  return baseMap.provider === "tianditu" ? "attributionTianditu" : baseMap.provider === "amap" ? "attributionAmap" : "attributionOsm";
}

export function BaseTileLayers({ baseMap, attribution, health }: { baseMap: BaseMapConfig; attribution: string; health: ReturnType<typeof useBaseMapHealth> }) {
  return baseMap.layers.map((layer) => (
    <TileLayer
      key={layer.url}
      url={layer.url}
      subdomains={layer.subdomains}
      maxZoom={layer.maxZoom}
      attribution={baseMap.provider === "osm" ? `<a href="https://www.openstreetmap.org/copyright">${attribution}</a>` : attribution}
      eventHandlers={{ tileerror: health.onError, tileload: health.onLoad }}
    />
  ));
}

/** Said over the map when tiles cannot load: the outlines and markers below still work. */
export function BaseMapUnavailable({ text }: { text: string }) {
  return (
    <p className="pointer-events-none absolute inset-x-2 top-2 z-[500] rounded-md border border-amber-600 bg-amber-50/95 px-3 py-2 text-sm font-medium text-amber-950 shadow">
      {text}
    </p>
  );
}
