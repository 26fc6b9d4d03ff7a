import { badParameter, cachedJson } from "@/lib/http/cached-json";
import { findPlacesNear } from "@/lib/places/data";
import { knownFacilityCodes } from "@/lib/places/loaders";
import { toNearPlace } from "@/lib/places/present";
import { parseNearQuery } from "@/lib/places/query";

export const dynamic = "force-dynamic";

// Public feed (no session): the nearest places to a point, by true great-circle distance.
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = parseNearQuery(url.searchParams, await knownFacilityCodes());
  if (!parsed.ok) return badParameter(parsed.error.parameter, parsed.error.message);
  const rows = await findPlacesNear(parsed.value, new Date());
  return cachedJson(req, { places: rows.map((r) => toNearPlace(r, parsed.value.lang, url.origin)) }, { maxAge: 30 });
}
