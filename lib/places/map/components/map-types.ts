import type { LatLng } from "@/lib/places/directory/navigation";
import type { PublicPlace } from "@/lib/places/schema";
import type { BaseMapConfig } from "./base-map";

/** What the map reports after it settles; always WGS-84, whatever datum the tiles use. */
export type MapView = { center: LatLng; bbox: [number, number, number, number]; zoom: number };

/**
 * A request to move the map: to a point and zoom, or to fit bounds ([[s, w], [n, e]], WGS-84).
 * `seq` makes repeating the same request (locate twice) move it again.
 */
export type ViewRequest = { center: LatLng; zoom: number; seq: number } | { bounds: [[number, number], [number, number]]; seq: number };

/** What the sheet shows: a place of either feed, or one the server loaded for a shared link. */
export type SheetPlace = Pick<
  PublicPlace,
  "id" | "kind" | "name" | "address" | "district" | "subdistrict" | "lat" | "lng" | "facilities" | "is_24h" | "open_now" | "status" | "phone" | "url" | "assured_date"
>;

export type MapProps = {
  baseMap: BaseMapConfig;
  places: PublicPlace[];
  selectedId: string | null;
  user: LatLng | null;
  request: ViewRequest;
  onViewChange: (view: MapView) => void;
  onSelect: (place: PublicPlace) => void;
};
