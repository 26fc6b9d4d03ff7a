import { cachedJson } from "@/lib/http/cached-json";
import { loadPlaceDetail } from "@/lib/places/directory/loaders";

export const dynamic = "force-dynamic";

// public: one place with hours, closure and facility details, as the map's sheet shows it.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = new URL(req.url).searchParams.get("lang") === "en" ? "en" : "zh-CN";
  const place = await loadPlaceDetail(id, lang);
  if (!place) return Response.json({ error: { code: "not_found", parameter: "id", message: "no such place" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return cachedJson(req, place, { maxAge: 60 });
}
