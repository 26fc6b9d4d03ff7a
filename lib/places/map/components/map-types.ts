import type { LatLng } from "@/lib/places/directory/navigation";
import type { PublicPlace } from "@/lib/places/schema";
import type { BaseMapConfig } from "./base-map";

/** What the map reports after it settles; always WGS-84, whatever datum the tiles use. */
export type MapView = { center: LatLng; bbox: [number, number, number, number]; zoom: number };

/** A request to move the map; `seq` makes repeating the same request (locate twice) move it again. */
export type ViewRequest = { center: LatLng; zoom: number; seq: number };

export type MapProps = {
  baseMap: BaseMapConfig;
  places: PublicPlace[];
  selectedId: string | null;
  user: LatLng | null;
  request: ViewRequest;
  onViewChange: (view: MapView) => void;
  onSelect: (place: PublicPlace) => void;
};
