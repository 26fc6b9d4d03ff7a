import { apiError, apiLocale, publicChannel, readCaseSubmission } from "@/lib/cases/intake/api-request";
import { submitGrievance, SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { caseErrorTranslator } from "@/lib/cases/error-messages";
import { formatTrackingCode } from "@/lib/cases/tracking-code";
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
    const headers = { "Cache-Control": "no-store" };
    // A replay after the idempotency window: the case exists, but its code can no longer be shown.
    if (result.code === null) {
      const message = (await caseErrorTranslator(locale))("replay_code_expired");
      return Response.json({ reference: result.reference, status: result.status, code: null, secret: null, code_expired: true, message }, { status: 200, headers });
    }
    // A replay within the window gets exactly the first answer. `secret` repeats `code` for front
    // ends written before the readable codes; both open the case, with or without the dash.
    const code = formatTrackingCode(result.code);
    return Response.json({ reference: result.reference, code, secret: code, status: result.status }, { status: 201, headers });
  } catch (e) {
    return apiError(e, locale);
  }
});
