import { z } from "zod";
import { PLACE_KINDS, type PlaceKind } from "../schema";

export type PlacesFilter = {
  kinds: PlaceKind[];
  facilities: string[];
  openNow: boolean;
  is24h: boolean;
  q: string | null;
  lang: "zh-CN" | "en";
};
export type BboxQuery = PlacesFilter & { bbox: [number, number, number, number]; limit: number };
export type NearQuery = PlacesFilter & { lat: number; lng: number; limit: number };
export type QueryError = { parameter: string; message: string };
type Parsed<T> = { ok: true; value: T } | { ok: false; error: QueryError };

const finite = (name: string) =>
  z.string().trim().min(1, `${name} is required`).transform(Number).refine(Number.isFinite, `${name} must be a number`);
const latitude = finite("lat").refine((v) => v >= -90 && v <= 90, "lat must be between -90 and 90");
const longitude = finite("lng").refine((v) => v >= -180 && v <= 180, "lng must be between -180 and 180");
const limit = (def: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? def : Number(v)))
    .refine((v) => Number.isInteger(v) && v >= 1 && v <= max, `limit must be an integer from 1 to ${max}`);

function first<T>(result: z.ZodSafeParseResult<T>, parameter: string): Parsed<T> {
  return result.success ? { ok: true, value: result.data } : { ok: false, error: { parameter, message: result.error.issues[0]!.message } };
}

/** A yes/no parameter: absent is no; anything but 1, 0, true or false is refused by name. */
function flag(params: URLSearchParams, name: string): Parsed<boolean> {
  const v = params.get(name);
  if (v !== null && !["0", "1", "true", "false"].includes(v)) return { ok: false, error: { parameter: name, message: `${name} must be 1 or 0` } };
  return { ok: true, value: v === "1" || v === "true" };
}

function parseFilter(params: URLSearchParams, knownFacilities: ReadonlySet<string>): Parsed<PlacesFilter> {
  const kinds = params.getAll("kind").flatMap((k) => k.split(",")).filter(Boolean);
  const badKind = kinds.find((k) => !(PLACE_KINDS as readonly string[]).includes(k));
  if (badKind) return { ok: false, error: { parameter: "kind", message: `unknown kind "${badKind}"; one of ${PLACE_KINDS.join(", ")}` } };
  const facilities = [...new Set(params.getAll("facility").flatMap((f) => f.split(",")).filter(Boolean))];
  const badFacility = facilities.find((f) => !knownFacilities.has(f));
  if (badFacility) return { ok: false, error: { parameter: "facility", message: `unknown facility "${badFacility}"` } };
  const openNow = flag(params, "open_now");
  if (!openNow.ok) return openNow;
  const is24h = flag(params, "is_24h");
  if (!is24h.ok) return is24h;
  const q = (params.get("q") ?? "").trim();
  if (q.length > 100 || q.includes("\0")) return { ok: false, error: { parameter: "q", message: "q must be at most 100 characters" } };
  const lang = params.get("lang") === "en" ? "en" : "zh-CN";
  return { ok: true, value: { kinds: kinds as PlaceKind[], facilities, openNow: openNow.value, is24h: is24h.value, q: q || null, lang } };
}

const bboxSchema = z
  .string({ error: "bbox is required: minLng,minLat,maxLng,maxLat" })
  .transform((s) => s.split(",").map((p) => (p.trim() === "" ? NaN : Number(p))))
  .refine((a) => a.length === 4 && a.every(Number.isFinite), "bbox must be four numbers: minLng,minLat,maxLng,maxLat")
  .refine(([w, s, e, n]) => w! >= -180 && e! <= 180 && s! >= -90 && n! <= 90, "bbox is outside the valid longitude/latitude range")
  .refine(([w, s, e, n]) => w! < e! && s! < n!, "bbox minimums must be smaller than maximums")
  .transform((a) => a as [number, number, number, number]);

/** Parses `GET /api/places.geojson` parameters; a bad one is named with the reason. */
export function parseBboxQuery(params: URLSearchParams, knownFacilities: ReadonlySet<string>): Parsed<BboxQuery> {
  const filter = parseFilter(params, knownFacilities);
  if (!filter.ok) return filter;
  const bbox = first(bboxSchema.safeParse(params.get("bbox") ?? undefined), "bbox");
  if (!bbox.ok) return bbox;
  const lim = first(limit(500, 5000).safeParse(params.get("limit") ?? undefined), "limit");
  if (!lim.ok) return lim;
  return { ok: true, value: { ...filter.value, bbox: bbox.value, limit: lim.value } };
}

/** Parses `GET /api/places/near` parameters. */
export function parseNearQuery(params: URLSearchParams, knownFacilities: ReadonlySet<string>): Parsed<NearQuery> {
  const filter = parseFilter(params, knownFacilities);
  if (!filter.ok) return filter;
  const lat = first(latitude.safeParse(params.get("lat") ?? ""), "lat");
  if (!lat.ok) return lat;
  const lng = first(longitude.safeParse(params.get("lng") ?? ""), "lng");
  if (!lng.ok) return lng;
  const lim = first(limit(20, 100).safeParse(params.get("limit") ?? undefined), "limit");
  if (!lim.ok) return lim;
  return { ok: true, value: { ...filter.value, lat: lat.value, lng: lng.value, limit: lim.value } };
}
