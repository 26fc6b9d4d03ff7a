import { apiError, apiLocale, bearerSecret } from "@/lib/cases/intake/api-request";
import { publicCaseJson } from "@/lib/cases/tracking/public-json";
import { trackCase } from "@/lib/cases/tracking/track-and-rate";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

// public: secret-holder only (bearer tracking secret, checked in trackCase); an unknown reference and a wrong secret give the same 404.
export async function GET(req: Request, { params }: { params: Promise<{ reference: string }> }) {
  const locale = apiLocale(req);
  try {
    const { reference } = await params;
    const view = await trackCase(reference, bearerSecret(req), clientAddress(req.headers));
    if (!view) throw new AppError("not_found", 404);
    return Response.json(publicCaseJson(view, locale, new URL(req.url).origin), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
