import { apiError, apiLocale, bearerSecret } from "@/lib/cases/intake/api-request";
import { publicCaseJson } from "@/lib/cases/tracking/public-json";
import { fieldErrors, ratingSchema } from "@/lib/cases/schema";
import { SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { rateCase } from "@/lib/cases/tracking/track-and-rate";
import { readBodyLimited } from "@/lib/http/read-body";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

// public: secret-holder only (bearer tracking secret, checked in rateCase); the worker rates a resolved case (409 when none is awaited).
export async function POST(req: Request, { params }: { params: Promise<{ reference: string }> }) {
  const locale = apiLocale(req);
  try {
    const { reference } = await params;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await readBodyLimited(req, 8 * 1024)));
    } catch {
      throw new SubmissionError("validation", 400, { _: "invalid" });
    }
    const parsed = ratingSchema.safeParse(raw);
    if (!parsed.success) throw new SubmissionError("validation", 400, fieldErrors(parsed.error));
    const view = await rateCase(reference, bearerSecret(req), clientAddress(req.headers), parsed.data.rating, parsed.data.comment);
    return Response.json(publicCaseJson(view, locale, new URL(req.url).origin), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
