import { apiError, apiLocale, publicChannel, readCaseSubmission } from "@/lib/cases/intake/api-request";
import { submitGrievance, SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { clientAddress } from "@/lib/http/client-address";
import { observeRoute } from "@/lib/observability/observe";

export const dynamic = "force-dynamic";

// Files a case for the web form, the WeChat mini program and other front ends.
// Validation, idempotency, rate limits and photo rules live in submitGrievance, shared by all of them.
// public: workers file grievances without an account.
export const POST = observeRoute("/api/v1/cases", async (req: Request) => {
  const locale = apiLocale(req);
  try {
    const key = req.headers.get("idempotency-key")?.trim() ?? "";
    if (!/^[A-Za-z0-9_-]{16,100}$/.test(key)) throw new SubmissionError("validation", 400, { "Idempotency-Key": "required" });
    const { body, photos } = await readCaseSubmission(req);
    const { channel, rest } = publicChannel(body);
    const result = await submitGrievance({ body: rest, photos, idempotencyKey: key, channel, actor: { kind: "WORKER" }, ip: clientAddress(req.headers), locale });
    // A replay gets exactly the first answer.
    return Response.json({ reference: result.reference, secret: result.secret, status: result.status }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
});
