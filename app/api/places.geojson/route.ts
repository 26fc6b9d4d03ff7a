import { badParameter, cachedJson } from "@/lib/http/cached-json";
import { findPlacesInBbox } from "@/lib/places/data";
import { knownFacilityCodes } from "@/lib/places/loaders";
import { toFeature, toPublicPlace } from "@/lib/places/present";
import { parseBboxQuery } from "@/lib/places/query";

export const dynamic = "force-dynamic";

// Public feed (no session): places in a bounding box as an RFC 7946 FeatureCollection, WGS-84.
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = parseBboxQuery(url.searchParams, await knownFacilityCodes());
  if (!parsed.ok) return badParameter(parsed.error.parameter, parsed.error.message);
  const { rows, truncated } = await findPlacesInBbox(parsed.value, new Date());
  const features = rows.map((r) => toFeature(toPublicPlace(r, parsed.value.lang, url.origin)));
  return cachedJson(req, { type: "FeatureCollection", features, truncated }, { maxAge: 60, contentType: "application/geo+json; charset=utf-8" });
}
