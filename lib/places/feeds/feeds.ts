import { badParameterReply, cachedJsonReply, type FeedRequest, type JsonReply } from "@/lib/http/json-reply";
import { findPlacesInBbox, findPlacesNear, selectFacilityCodes } from "./data";
import { toFeature, toNearPlace, toPublicPlace } from "./present";
import { parseBboxQuery, parseNearQuery } from "./schema";

// The two public place feeds (no session), shared by their Pages API routes and the tests.
// Nothing here may import "server-only" (see data/feeds.ts).

let facilityCodes: { at: number; codes: Promise<ReadonlySet<string>> } | undefined;

/** Known facility codes for validating public queries; the taxonomy changes rarely, so keep it a minute. */
export function knownFacilityCodes(): Promise<ReadonlySet<string>> {
  if (!facilityCodes || Date.now() - facilityCodes.at > 60_000) {
    const codes = selectFacilityCodes().then((rows) => new Set(rows));
    codes.catch(() => (facilityCodes = undefined));
    facilityCodes = { at: Date.now(), codes };
  }
  return facilityCodes.codes;
}

/** GET /api/places/near: the nearest places to a point, by true great-circle distance. */
export async function nearFeed({ query, origin, ifNoneMatch }: FeedRequest): Promise<JsonReply> {
  const parsed = parseNearQuery(query, await knownFacilityCodes());
  if (!parsed.ok) return badParameterReply(parsed.error.parameter, parsed.error.message);
  const rows = await findPlacesNear(parsed.value, new Date());
  return cachedJsonReply(ifNoneMatch, { places: rows.map((r) => toNearPlace(r, parsed.value.lang, origin)) }, { maxAge: 30 });
}

/** GET /api/places.geojson: places in a bounding box as an RFC 7946 FeatureCollection, WGS-84. */
export async function bboxFeed({ query, origin, ifNoneMatch }: FeedRequest): Promise<JsonReply> {
  const parsed = parseBboxQuery(query, await knownFacilityCodes());
  if (!parsed.ok) return badParameterReply(parsed.error.parameter, parsed.error.message);
  const { rows, truncated } = await findPlacesInBbox(parsed.value, new Date());
  const features = rows.map((r) => toFeature(toPublicPlace(r, parsed.value.lang, origin)));
  return cachedJsonReply(ifNoneMatch, { type: "FeatureCollection", features, truncated }, { maxAge: 60, contentType: "application/geo+json; charset=utf-8" });
}
