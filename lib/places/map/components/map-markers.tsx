"use client";

import type { LeafletKeyboardEvent } from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Marker, useMap } from "react-leaflet";
import Supercluster from "supercluster";
import type { LatLng } from "@/lib/places/directory/navigation";
import type { PublicPlace } from "@/lib/places/schema";
import { CLUSTER_MAX_PX, clusterIcon, placeIcon } from "./map-icons";

type Props = { places: PublicPlace[]; selectedId: string | null; onSelect: (p: PublicPlace) => void; toMap: (p: LatLng) => LatLng };
type Frame = { bbox: [number, number, number, number]; zoom: number };

// Leaflet fires only "keypress" when Enter is pressed on a focused marker; treat it as a click.
const isActivation = (e: LeafletKeyboardEvent) => e.originalEvent.key === "Enter" || e.originalEvent.key === " ";

// supercluster measures its radius in units of a tile `extent` wide; Leaflet's tiles are 256 px, so
// extent 256 makes the radius screen pixels. Wider than the largest disc (plus its ring), so two
// clusters' discs never overlap at any zoom (they did at radius 72 of 512: 36 px for 52 px discs).
const CLUSTER_OPTIONS = { radius: CLUSTER_MAX_PX + 12, extent: 256, maxZoom: 16 };

/** The viewport's places, clustered client side with supercluster when they crowd together. */
export function PlaceMarkers({ places, selectedId, onSelect, toMap }: Props) {
  const t = useTranslations("places");
  const map = useMap();
  const [frame, setFrame] = useState<Frame | null>(null);

  useEffect(() => {
    const update = () => {
      const b = map.getBounds().pad(0.2);
      setFrame({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: Math.round(map.getZoom()) });
    };
    update();
    map.on("moveend", update);
    return () => {
      map.off("moveend", update);
    };
  }, [map]);

  // The open place stays out of the clusters: the rider always sees (and can tab to) the one they chose.
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>(CLUSTER_OPTIONS);
    sc.load(
      places.flatMap((p, i) => {
        if (p.id === selectedId) return [];
        const at = toMap(p);
        return [{ type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [at.lng, at.lat] }, properties: { i } }];
      }),
    );
    return sc;
  }, [places, toMap, selectedId]);

  const clusters = useMemo(() => (frame ? index.getClusters(frame.bbox, frame.zoom) : []), [index, frame]);
  const chosen = places.find((p) => p.id === selectedId);
  const chosenAt = chosen ? toMap(chosen) : null;

  const markers = clusters.map((c) => {
    const [lng, lat] = c.geometry.coordinates as [number, number];
    if ("cluster" in c.properties && c.properties.cluster) {
      const id = c.properties.cluster_id;
      const zoomIn = () => map.flyTo([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18));
      const label = t("map.cluster", { count: c.properties.point_count });
      return (
        <Marker
          key={`c${id}`}
          position={[lat, lng]}
          icon={clusterIcon(c.properties.point_count, label)}
          title={label}
          eventHandlers={{ click: zoomIn, keypress: (e) => isActivation(e) && zoomIn() }}
        />
      );
    }
    const place = places[(c.properties as { i: number }).i]!;
    return <PlaceMarker key={place.id} place={place} position={[lat, lng]} selected={false} onSelect={onSelect} />;
  });
  if (chosen && chosenAt) markers.push(<PlaceMarker key={chosen.id} place={chosen} position={[chosenAt.lat, chosenAt.lng]} selected onSelect={onSelect} />);
  return markers;
}

function PlaceMarker({ place, position, selected, onSelect }: { place: PublicPlace; position: [number, number]; selected: boolean; onSelect: (p: PublicPlace) => void }) {
  const t = useTranslations("places");
  const label = t("map.markerLabel", { name: place.name, kind: t(`kinds.${place.kind}`) });
  // A new icon replaces the marker's DOM node (losing focus), so rebuild it only when it changes.
  const icon = useMemo(() => placeIcon(place.id, place.kind, label, selected), [place.id, place.kind, label, selected]);
  const [lat, lng] = position;
  const at = useMemo<[number, number]>(() => [lat, lng], [lat, lng]);
  return (
    <Marker
      position={at}
      icon={icon}
      title={place.name}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{ click: () => onSelect(place), keypress: (e) => isActivation(e) && onSelect(place) }}
    />
  );
}
