import { bearerSecret } from "@/lib/cases/intake/api-request";
import { readCasePhoto } from "@/lib/cases/tracking/photo-access";

export const dynamic = "force-dynamic";

// Photos are personal data: never a public static file. See readCasePhoto for who may see one.
// public: the worker holds no session; readCasePhoto asks for the bearer secret, a signed link or a staff session.
export async function GET(req: Request, { params }: { params: Promise<{ reference: string; photoId: string }> }) {
  const { reference, photoId } = await params;
  const token = new URL(req.url).searchParams.get("t") ?? undefined;
  const blob = await readCasePhoto({ reference, photoId, secret: bearerSecret(req) || undefined, token });
  if (!blob) return Response.json({ error: { code: "not_found" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(blob.data), {
    headers: { "Content-Type": blob.contentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
