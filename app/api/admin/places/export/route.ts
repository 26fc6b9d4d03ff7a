import { can } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { parseListFilter } from "@/lib/places/admin/schema";
import { listPlacesForExport } from "@/lib/places/admin/data";
import { directoryCsv, directoryGeojson } from "@/lib/places/admin/export";
import { chinaDate } from "@/lib/time/china";

export const dynamic = "force-dynamic";

const deny = (status: 401 | 403) =>
  Response.json({ error: { code: status === 401 ? "unauthenticated" : "forbidden" } }, { status, headers: { "Cache-Control": "no-store" } });

// Staff only (places:read): the directory, with the list's filters, as CSV or GeoJSON (WGS-84).
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return deny(401);
  if (!can(user.role, "places:read")) return deny(403);
  const params = new URL(req.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "geojson") {
    return Response.json({ error: { code: "invalid_parameter", parameter: "format", message: "format must be csv or geojson" } }, { status: 400 });
  }
  const { page: _page, ...filter } = parseListFilter(Object.fromEntries(params));
  void _page;
  const places = await listPlacesForExport(filter);
  const stamp = chinaDate(new Date());
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="nuanxin-places-${stamp}.${format}"` };
  if (format === "csv") return new Response(directoryCsv(places), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new Response(JSON.stringify(directoryGeojson(places)), { headers: { ...headers, "Content-Type": "application/geo+json; charset=utf-8" } });
}
