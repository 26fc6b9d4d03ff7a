import { readApplicationPhoto } from "@/lib/merchants/photo-access";

export const dynamic = "force-dynamic";

// Application photos (storefront, licence) are never a public static file: see readApplicationPhoto.
export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const blob = await readApplicationPhoto(key);
  if (!blob) return Response.json({ error: { code: "not_found" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(blob.data), {
    headers: { "Content-Type": blob.contentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
