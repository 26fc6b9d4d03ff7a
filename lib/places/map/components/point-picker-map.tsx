"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useMemo, useState } from "react";
import { MapContainer, Marker, useMapEvents, ZoomControl } from "react-leaflet";
import type { LatLng } from "@/lib/places/directory/navigation";
import type { BaseMapConfig } from "./base-map";
import { useBaseMapHealth } from "./base-map-health";
import { BaseMapUnavailable, BaseTileLayers, datumShift, MAP_CHROME } from "./base-layers";
import { DistrictOutlines } from "./district-outlines";
import { CITY_CENTER, CITY_ZOOM } from "@/lib/places/directory/components/kind-style";

const round6 = (p: LatLng): LatLng => ({ lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 });

export type PointPickerProps = {
  baseMap: BaseMapConfig;
  value: LatLng | null;
  onPick: (p: LatLng) => void;
  /**
   * "wgs84": value and picks are WGS-84 (shifted to and from GCJ-02 tiles here);
   * "tiles": they are in the tiles' own datum, exactly as tapped (the server converts and records it).
   */
  datum: "wgs84" | "tiles";
  labels: { region: string; pin: string; useCentre: string; baseMapUnavailable: string; attribution: string };
  pinColour: string;
  /** A class to find this map by (e2e tests, page styles). */
  name: string;
  describedBy?: string;
  buttonClass: string;
};

/**
 * Tap the map to set a point, or move the map and press "use the centre" (keyboard, or no precise
 * tap). Without tiles (offline, blocked, in tests) the district outlines are the land to tap on.
 */
export function PointPickerMap({ baseMap, value, onPick, datum, labels, pinColour, name, describedBy, buttonClass }: PointPickerProps) {
  const shift = datumShift(baseMap);
  const toMap = datum === "wgs84" ? shift.toMap : (p: LatLng) => p;
  const toData = datum === "wgs84" ? shift.toData : (p: LatLng) => p;
  const health = useBaseMapHealth(baseMap.layers.length > 0);
  const [map, setMap] = useState<L.Map | null>(null);
  const start = value ? toMap(value) : shift.toMap(CITY_CENTER);
  const pin = useMemo(() => pinIcon(labels.pin, pinColour), [labels.pin, pinColour]);
  const pick = (p: LatLng) => onPick(round6(toData(p)));

  return (
    <div className="space-y-2">
      <div role="region" aria-label={labels.region} aria-describedby={describedBy} className="relative isolate h-72 overflow-hidden rounded-lg border-2 border-stone-400 bg-stone-200">
        <MapContainer ref={setMap} center={[start.lat, start.lng]} zoom={value ? 16 : CITY_ZOOM} minZoom={8} maxZoom={18} zoomControl={false} className={`${name} h-full w-full cursor-crosshair ${MAP_CHROME}`}>
          <BaseTileLayers baseMap={baseMap} attribution={labels.attribution} health={health} />
          <ZoomControl position="bottomleft" />
          <DistrictOutlines bare={health.failed} toMap={shift.toMap} />
          <TapToPick onTap={pick} />
          {value ? <Marker position={[toMap(value).lat, toMap(value).lng]} icon={pin} interactive={false} keyboard={false} /> : null}
        </MapContainer>
        {/* The map centre, for choosing without tapping: move the map, then "use the centre". */}
        <span aria-hidden="true" className="pointer-events-none absolute left-1/2 top-1/2 z-[450] -ml-3 -mt-3 size-6 rounded-full border-2 border-dashed border-stone-900" />
        {health.failed ? <BaseMapUnavailable text={labels.baseMapUnavailable} /> : null}
      </div>
      <button type="button" className={`${buttonClass} w-full`} disabled={!map} onClick={() => map && pick(map.getCenter())}>
        {labels.useCentre}
      </button>
    </div>
  );
}

function TapToPick({ onTap }: { onTap: (p: LatLng) => void }) {
  useMapEvents({ click: (e) => onTap({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

function pinIcon(label: string, colour: string): L.DivIcon {
  return L.divIcon({
    className: "nx-pick",
    iconSize: [36, 44],
    iconAnchor: [18, 44],
    html:
      `<span aria-hidden="true" style="display:block;width:32px;height:32px;margin:0 2px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:${colour};border:3px solid #fff;box-shadow:0 1px 4px rgba(0,0,0,.5)"></span>` +
      `<span class="sr-only">${label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</span>`,
  });
}
