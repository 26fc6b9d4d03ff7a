"use client";

import "leaflet/dist/leaflet.css";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { MapContainer, Marker, useMap, ZoomControl } from "react-leaflet";
import type { LatLng } from "@/lib/places/directory/navigation";
import { attributionKey, BaseMapUnavailable, BaseTileLayers, datumShift, MAP_CHROME } from "./base-layers";
import { useBaseMapHealth } from "./base-map-health";
import { DistrictOutlines } from "./district-outlines";
import { userIcon } from "./map-icons";
import { PlaceMarkers } from "./map-markers";
import type { MapProps, MapView, ViewRequest } from "./map-types";

// Loaded only through map-loader.tsx (dynamic, ssr: false): Leaflet needs `window`.

// A little air around the city's outline, so its edge is not hidden under the map's border.
const FIT = { padding: [8, 8] as [number, number] };

function shiftBounds([sw, ne]: [[number, number], [number, number]], toMap: (p: LatLng) => LatLng): [[number, number], [number, number]] {
  const a = toMap({ lat: sw[0], lng: sw[1] });
  const b = toMap({ lat: ne[0], lng: ne[1] });
  return [
    [a.lat, a.lng],
    [b.lat, b.lng],
  ];
}

export default function PlacesMap({ baseMap, places, selectedId, user, request, onViewChange, onSelect }: MapProps) {
  const t = useTranslations("places.map");
  // Amap tiles are drawn in GCJ-02: shift everything we draw onto them, and shift the view back.
  const { toMap, toData } = datumShift(baseMap);
  const bare = useBaseMapHealth(baseMap.layers.length > 0);
  const start = "center" in request ? { center: toMap(request.center), zoom: request.zoom } : { bounds: shiftBounds(request.bounds, toMap) };

  return (
    <div className="relative h-full w-full">
      <MapContainer
        {...("bounds" in start ? { bounds: start.bounds, boundsOptions: FIT } : { center: [start.center.lat, start.center.lng], zoom: start.zoom })}
        minZoom={8}
        maxZoom={18}
        zoomControl={false}
        className={`nx-map h-full w-full ${MAP_CHROME}`}
      >
        <BaseTileLayers baseMap={baseMap} attribution={t(attributionKey(baseMap))} health={bare} />
        {/* Bottom left: within thumb reach, clear of the notice on top and the locate button. */}
        <ZoomControl position="bottomleft" />
        <DistrictOutlines bare={bare.failed} toMap={toMap} />
        <PlaceMarkers places={places} selectedId={selectedId} onSelect={onSelect} toMap={toMap} />
        {user ? <UserMarker at={toMap(user)} label={t("youAreHere")} /> : null}
        <ViewSync request={request} toMap={toMap} toData={toData} onViewChange={onViewChange} />
      </MapContainer>
      {bare.failed ? <BaseMapUnavailable text={t("baseMapUnavailable")} /> : null}
    </div>
  );
}

function UserMarker({ at, label }: { at: LatLng; label: string }) {
  const icon = useMemo(() => userIcon(label), [label]);
  return <Marker position={[at.lat, at.lng]} icon={icon} interactive={false} keyboard={false} zIndexOffset={2000} />;
}

/** Applies view requests from the page and reports where the map settled (debounced, WGS-84). */
function ViewSync({ request, toMap, toData, onViewChange }: { request: ViewRequest; toMap: (p: LatLng) => LatLng; toData: (p: LatLng) => LatLng; onViewChange: (v: MapView) => void }) {
  const map = useMap();
  const report = useRef(onViewChange);
  useEffect(() => {
    report.current = onViewChange;
  });

  const seq = useRef(request.seq);
  useEffect(() => {
    if (request.seq === seq.current) return;
    seq.current = request.seq;
    if ("bounds" in request) {
      map.flyToBounds(shiftBounds(request.bounds, toMap), { ...FIT, duration: 0.6 });
      return;
    }
    const c = toMap(request.center);
    map.flyTo([c.lat, c.lng], request.zoom, { duration: 0.6 });
  }, [map, request, toMap]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const emit = () => {
      const b = map.getBounds();
      const sw = toData({ lat: b.getSouth(), lng: b.getWest() });
      const ne = toData({ lat: b.getNorth(), lng: b.getEast() });
      const c = map.getCenter();
      report.current({ center: toData({ lat: c.lat, lng: c.lng }), bbox: [sw.lng, sw.lat, ne.lng, ne.lat], zoom: map.getZoom() });
    };
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(emit, 300);
    };
    emit();
    map.on("moveend", settle);
    return () => {
      clearTimeout(timer);
      map.off("moveend", settle);
    };
  }, [map, toData]);
  return null;
}
