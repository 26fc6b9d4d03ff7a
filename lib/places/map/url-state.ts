import { PLACE_ID, PLACE_KINDS, type PlaceKind } from "@/lib/places/kinds";

// The map page's state in its address (?kind=…&facility=…&open=1&is_24h=1&q=…&place=<id>), so that the back
// button and a link shared in a chat group bring back what the rider saw. Pure: the server page
// parses it to render the list, the client parses it again on back/forward.

export type Filters = { kinds: PlaceKind[]; facilities: string[]; openNow: boolean; is24h?: boolean; q: string };
export const NO_FILTERS: Filters = { kinds: [], facilities: [], openNow: false, q: "" };

export type MapUrlState = { filters: Filters; placeId: string | null };

const MAX_Q = 100;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Reads the state, dropping what it does not know rather than failing: a link copied with a
 * facility that was since retired still opens the map. `knownFacilities` keeps the feeds from
 * answering 400 to a stale code.
 */
export function parseMapUrl(params: Params, knownFacilities: readonly string[]): MapUrlState {
  const split = (key: string) => [...new Set(all(params, key).flatMap((v) => v.split(",")).filter(Boolean))];
  const kinds = split("kind").filter((k): k is PlaceKind => (PLACE_KINDS as readonly string[]).includes(k));
  const facilities = split("facility").filter((f) => knownFacilities.includes(f));
  const open = all(params, "open")[0];
  const q = (all(params, "q")[0] ?? "").replace(/\0/g, "").trim().slice(0, MAX_Q);
  const place = all(params, "place")[0] ?? "";
  const is24h = all(params, "is_24h")[0] === "1";
  return { filters: { kinds, facilities, openNow: open === "1", ...(is24h ? { is24h } : {}), q }, placeId: PLACE_ID.test(place) ? place : null };
}

/** The query string for a state, in a stable order ("" for the bare map), ready to append to a path. */
export function mapUrlSearch({ filters, placeId }: MapUrlState): string {
  const p = new URLSearchParams();
  for (const k of filters.kinds) p.append("kind", k);
  for (const f of filters.facilities) p.append("facility", f);
  if (filters.openNow) p.set("open", "1");
  if (filters.is24h) p.set("is_24h", "1");
  if (filters.q.trim()) p.set("q", filters.q.trim());
  if (placeId) p.set("place", placeId);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return mapUrlSearch({ filters: a, placeId: null }) === mapUrlSearch({ filters: b, placeId: null });
}
