import { blobStore } from "@/lib/storage";
import { PLACE_ID } from "@/lib/places/schema";
import { getPublicPlacePhoto } from "@/lib/places/directory/data";

export const dynamic = "force-dynamic";

// public: a photo of a venue on the map is public information about it. A photo never changes under its id
// (a new upload is a new row), so browsers and proxies may keep it for a year.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const photo = PLACE_ID.test(id) ? await getPublicPlacePhoto(id) : null;
  const blob = photo ? await blobStore().get(photo.storageKey) : null;
  if (!blob) return Response.json({ error: { code: "not_found" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(blob.data), {
    headers: { "Content-Type": blob.contentType, "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
  });
}
