import { clientAddress } from "@/lib/http/client-address";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { readBodyLimited } from "@/lib/http/read-body";
import { isAppError } from "@/lib/errors";
import { directivesIn } from "@/lib/csp-reports/schema";
import { countViolations } from "@/lib/csp-reports/mutations";

const BODY_LIMIT = 64 * 1024;

/**
 * Browsers post Content-Security-Policy violation reports here (report-uri and report-to,
 * lib/http/csp.ts). Capped, rate-limited per client, validated; only a count per directive is
 * kept, never the reported URLs, which may hold a visitor's data.
 */
// public: browsers send CSP violation reports without a session.
export async function POST(req: Request) {
  const wait = await hitRateLimit("csp-report", clientAddress(req.headers), 60, 60);
  if (wait !== null) return new Response(null, { status: 429, headers: { "Retry-After": String(wait) } });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readBodyLimited(req, BODY_LIMIT)));
  } catch (e) {
    if (isAppError(e) && e.code === "payload_too_large") return new Response(null, { status: 413 });
    return new Response(null, { status: 400 });
  }
  const directives = directivesIn(json);
  if (directives === null) return new Response(null, { status: 400 });
  if (directives.length) await countViolations(directives);
  return new Response(null, { status: 204 });
}
