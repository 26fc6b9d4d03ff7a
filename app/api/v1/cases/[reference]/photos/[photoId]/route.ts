import { bearerSecret } from "@/lib/cases/intake/api-request";
import { readCasePhoto } from "@/lib/cases/tracking/photo-access";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

// Photos are personal data: never a public static file. See readCasePhoto for who may see one.
// public: the worker holds no session; readCasePhoto asks for the bearer code (under the tracking limits), a signed link or a staff session.
export async function GET(req: Request, { params }: { params: Promise<{ reference: string; photoId: string }> }) {
  const { reference, photoId } = await params;
  const token = new URL(req.url).searchParams.get("t") ?? undefined;
  try {
    const blob = await readCasePhoto({ reference, photoId, secret: bearerSecret(req) || undefined, token, ip: clientAddress(req.headers) });
    if (!blob) return Response.json({ error: { code: "not_found" } }, { status: 404, headers: noStore });
    return new Response(new Uint8Array(blob.data), {
      headers: { "Content-Type": blob.contentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "rate_limited") {
      return Response.json({ error: { code: "rate_limited" } }, { status: 429, headers: { ...noStore, "Retry-After": String((e as { retryAfter?: number }).retryAfter ?? 60) } });
    }
    throw e;
  }
}
