import type { PlaceKind } from "@/lib/places/schema";

/**
 * Marker colours (all dark enough for white text and a white ring on a light map in sunlight) and
 * a glyph, so that kinds stay distinguishable for colour-blind riders too.
 */
export const KIND_STYLE: Record<PlaceKind, { color: string; glyph: string }> = {
  WORKER_STATION: { color: "#9a3412", glyph: "🏠" },
  DRIVER_HOME: { color: "#1d4ed8", glyph: "🚚" },
  TAXI_STATION: { color: "#a16207", glyph: "🚕" },
  FRIENDLY_MERCHANT: { color: "#be185d", glyph: "🏪" },
  FRIENDLY_HOSPITAL: { color: "#b91c1c", glyph: "🏥" },
  FRIENDLY_COMMUNITY: { color: "#15803d", glyph: "🏘️" },
  FRIENDLY_COMPOUND: { color: "#0f766e", glyph: "🏢" },
  FRIENDLY_SCHOOL: { color: "#6d28d9", glyph: "🏫" },
};

/** The city centre (near the Jinchuan district government), where the map opens. */
export const CITY_CENTER = { lat: 38.5137, lng: 102.1879 };
export const CITY_ZOOM = 13;

/**
 * The bounds of the whole city (金川区 + 永昌县), WGS-84 [[south, west], [north, east]], from the
 * bundled outline (public/geo/jinchang-districts.wgs84.geojson; a unit test holds them together):
 * the map opens on it, so a rider sees both districts and where they are in them.
 */
export const CITY_BOUNDS: [[number, number], [number, number]] = [
  [38.024484, 101.33432],
  [38.996385, 102.721789],
];
