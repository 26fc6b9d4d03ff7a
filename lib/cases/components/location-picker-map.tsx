"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { MapContainer, Marker, TileLayer, useMapEvents, ZoomControl } from "react-leaflet";
import type { BaseMapConfig } from "@/lib/places/components/base-map";
import { useBaseMapHealth } from "@/lib/places/components/base-map-health";
import { DistrictOutlines } from "@/lib/places/components/district-outlines";
import { CITY_CENTER, CITY_ZOOM } from "@/lib/places/components/kind-style";
import { toGcj02, toWgs84, type LatLng } from "@/lib/places/navigation";
import { secondaryButton } from "./form-fields";

// Loaded only through location-picker-loader.tsx.

const same = (p: LatLng) => p;
const fromGcj02 = (p: LatLng) => toWgs84(p, "GCJ02");
const round6 = (p: LatLng): LatLng => ({ lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 });

export type PickerProps = { baseMap: BaseMapConfig; value: LatLng | null; onPick: (p: LatLng) => void };

/**
 * Tap the map to set the point. Cases are stored in WGS-84: on Amap's GCJ-02 tiles a tapped point
 * is shifted back with toWgs84, and the pin is drawn shifted onto the tiles.
 */
export default function LocationPickerMap({ baseMap, value, onPick }: PickerProps) {
  const t = useTranslations("cases.location");
  const gcj = baseMap.datum === "GCJ02";
  const toMap = gcj ? toGcj02 : same;
  const toData = gcj ? fromGcj02 : same;
  const tiles = useBaseMapHealth(baseMap.layers.length > 0);
  const [map, setMap] = useState<L.Map | null>(null);
  const start = toMap(value ?? CITY_CENTER);
  const pin = useMemo(() => pinIcon(t("pinLabel")), [t]);
  const pick = (p: LatLng) => onPick(round6(toData(p)));
  const attribution = t(baseMap.provider === "tianditu" ? "attributionTianditu" : baseMap.provider === "amap" ? "attributionAmap" : "attributionOsm");

  return (
    <div className="space-y-2">
      <div role="region" aria-label={t("mapLabel")} className="relative isolate h-72 overflow-hidden rounded-lg border-2 border-stone-400 bg-stone-200">
        <MapContainer
          ref={setMap}
          center={[start.lat, start.lng]}
          zoom={value ? 16 : CITY_ZOOM}
          minZoom={8}
          maxZoom={18}
          zoomControl={false}
          className="nx-picker h-full w-full cursor-crosshair bg-[#e7e5e4]! [&_.leaflet-control-attribution]:bg-white/90! [&_.leaflet-control-attribution]:text-stone-800! [&_.leaflet-control-attribution_a]:text-blue-800! [&_.leaflet-control-zoom_a]:h-11! [&_.leaflet-control-zoom_a]:w-11! [&_.leaflet-control-zoom_a]:text-2xl! [&_.leaflet-control-zoom_a]:leading-[44px]!"
        >
          {baseMap.layers.map((layer) => (
            <TileLayer
              key={layer.url}
              url={layer.url}
              subdomains={layer.subdomains}
              maxZoom={layer.maxZoom}
              attribution={baseMap.provider === "osm" ? `<a href="https://www.openstreetmap.org/copyright">${attribution}</a>` : attribution}
              eventHandlers={{ tileerror: tiles.onError, tileload: tiles.onLoad }}
            />
          ))}
          <ZoomControl position="bottomleft" />
          <DistrictOutlines bare={tiles.failed} toMap={toMap} />
          <TapToPick onTap={pick} />
          {value ? <Marker position={[toMap(value).lat, toMap(value).lng]} icon={pin} interactive={false} keyboard={false} /> : null}
        </MapContainer>
        {/* The map centre, for choosing with the keyboard: move the map, then "use the centre". */}
        <span aria-hidden="true" className="pointer-events-none absolute left-1/2 top-1/2 z-[450] -ml-3 -mt-3 size-6 rounded-full border-2 border-dashed border-stone-900" />
        {tiles.failed ? (
          <p className="pointer-events-none absolute inset-x-2 top-2 z-[500] rounded-md border border-amber-600 bg-amber-50/95 px-3 py-2 text-sm font-medium text-amber-950 shadow">
            {t("baseMapUnavailable")}
          </p>
        ) : null}
      </div>
      <button type="button" className={`${secondaryButton} w-full`} disabled={!map} onClick={() => map && pick(map.getCenter())}>
        {t("useCenter")}
      </button>
    </div>
  );
}

function TapToPick({ onTap }: { onTap: (p: LatLng) => void }) {
  useMapEvents({ click: (e) => onTap({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

function pinIcon(label: string): L.DivIcon {
  return L.divIcon({
    className: "nx-pick",
    iconSize: [36, 44],
    iconAnchor: [18, 44],
    html:
      `<span aria-hidden="true" style="display:block;width:32px;height:32px;margin:0 2px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:#b91c1c;border:3px solid #fff;box-shadow:0 1px 4px rgba(0,0,0,.5)"></span>` +
      `<span class="sr-only">${label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</span>`,
  });
}

/**
 * No base map = no tile layer configured, the browser offline, or tiles failing before any loaded.
 * (The places map has the same rule in map.tsx, where it is not exported.)
 */
