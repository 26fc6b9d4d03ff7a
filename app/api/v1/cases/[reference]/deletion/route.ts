import { apiError, apiLocale, bearerSecret } from "@/lib/cases/intake/api-request";
import { requestDeletion } from "@/lib/cases/tracking/my-data";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

// The worker asks for their personal data to be deleted.
// "deleted" for a closed case; "scheduled" while staff handle it (deleted as soon as it closes).
// public: code-holder only (Bearer); requestDeletion checks the tracking code under the guessing limits.
export async function POST(req: Request, { params }: { params: Promise<{ reference: string }> }) {
  const locale = apiLocale(req);
  try {
    const { reference } = await params;
    const outcome = await requestDeletion(reference, bearerSecret(req), clientAddress(req.headers));
    return Response.json({ outcome }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
