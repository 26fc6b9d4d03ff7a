import { createTranslator } from "next-intl";
import { z } from "zod";
import { apiError, apiLocale, bearerSecret } from "@/lib/cases/intake/api-request";
import { SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { fieldErrors } from "@/lib/cases/schema";
import { workerData, workerDataForPhone } from "@/lib/cases/tracking/my-data";
import { getWorkerSession } from "@/lib/workers/session";
import { workerDataHtml } from "@/lib/cases/tracking/my-data-page";
import { photoToken } from "@/lib/cases/tracking/photo-token";
import { AppError } from "@/lib/errors";
import { readBodyLimited } from "@/lib/http/read-body";
import { clientAddress } from "@/lib/http/client-address";
import { loadMessages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  secret: z.string().trim().max(100).optional(),
  format: z.enum(["json", "html"]).default("json"),
  lang: z.enum(["zh-CN", "en"]).optional(),
});

/** A form post from the tracking page, or JSON from another front end (with a Bearer secret). */
async function readBody(req: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyLimited(req, 4 * 1024));
  if (!text.trim()) return {};
  if ((req.headers.get("content-type") ?? "").includes("application/json")) return JSON.parse(text);
  return Object.fromEntries(new URLSearchParams(text));
}

// The worker downloads everything they submitted (PIPL right of access). A POST, so that the
// code travels in the body (or a Bearer header), never in a URL.
// public: code-holder or the signed-in worker whose phone the case carries; workerData checks the code under the guessing limits.
export async function POST(req: Request, { params }: { params: Promise<{ reference: string }> }) {
  let locale = apiLocale(req);
  try {
    const { reference } = await params;
    let raw: unknown;
    try {
      raw = await readBody(req);
    } catch {
      throw new SubmissionError("validation", 400, { _: "invalid" });
    }
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) throw new SubmissionError("validation", 400, fieldErrors(parsed.error));
    locale = parsed.data.lang ?? locale;
    const secret = parsed.data.secret || bearerSecret(req);
    // No code: a signed-in worker's own case, proven by the phone their SMS code verified.
    const worker = secret ? null : await getWorkerSession();
    const data = worker ? await workerDataForPhone(reference, worker.phone) : await workerData(reference, secret, clientAddress(req.headers));
    if (!data) throw new AppError("not_found", 404);
    const headers = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
    if (parsed.data.format === "json") {
      return new Response(JSON.stringify(data, null, 2), {
        headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${data.reference}.json"` },
      });
    }
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "cases.myData" });
    const photoUrls = data.photoIds.map((id) => `/api/v1/cases/${data.reference}/photos/${id}?t=${photoToken(data.reference, id)}`);
    const html = workerDataHtml(data, (k, v) => t(k as never, v as never), locale, photoUrls);
    return new Response(html, { headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
