// The kinds and the id pattern alone, without zod: client components (the map's filters and its URL
// state) import these, and importing them from schema.ts would put zod (~34 kB gzip) into the map
// page's first load. schema.ts re-exports them, so every other import stays as it is.

export const PLACE_KINDS = [
  "WORKER_STATION",
  "DRIVER_HOME",
  "TAXI_STATION",
  "FRIENDLY_MERCHANT",
  "FRIENDLY_HOSPITAL",
  "FRIENDLY_COMMUNITY",
  "FRIENDLY_COMPOUND",
  "FRIENDLY_SCHOOL",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_ID = /^[a-z0-9]{20,40}$/i;
