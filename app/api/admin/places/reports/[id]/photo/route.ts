import { can } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { blobStore } from "@/lib/storage";
import { PLACE_ID } from "@/lib/places/schema";
import { getReportPhotoKey } from "@/lib/places/reports/data";

export const dynamic = "force-dynamic";

// Staff only (places:read): a rider's photo may show people, so it is never public or cached.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  const noStore = { "Cache-Control": "no-store" };
  if (!user) return Response.json({ error: { code: "unauthenticated" } }, { status: 401, headers: noStore });
  if (!can(user.role, "places:read")) return Response.json({ error: { code: "forbidden" } }, { status: 403, headers: noStore });
  const { id } = await params;
  const key = PLACE_ID.test(id) ? await getReportPhotoKey(id) : null;
  const blob = key ? await blobStore().get(key) : null;
  if (!blob) return Response.json({ error: { code: "not_found" } }, { status: 404, headers: noStore });
  return new Response(new Uint8Array(blob.data), { headers: { "Content-Type": blob.contentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
}
