import { z } from "zod";
import { apiError, apiLocale } from "@/lib/cases/intake/api-request";
import { similarOpenCases } from "@/lib/cases/intake/similar";
import { SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { fieldErrors } from "@/lib/cases/schema";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

const query = z.strictObject({
  category: z.string().min(1).max(40),
  lat: z.coerce.number().finite().min(-90).max(90),
  lng: z.coerce.number().finite().min(-180).max(180),
  lang: z.string().optional(),
});

// public: accepted cases of a category within 300 m, as masked one-liners with a distance band; rate-limited.
export async function GET(req: Request) {
  const locale = apiLocale(req);
  try {
    const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw new SubmissionError("validation", 400, fieldErrors(parsed.error));
    const cases = await similarOpenCases(parsed.data.category, parsed.data.lat, parsed.data.lng, clientAddress(req.headers));
    return Response.json({ cases }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
