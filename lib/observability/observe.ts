import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable, unavailableResponse } from "@/lib/unavailable";
import { log, requestContext } from "./log";
import { recordRequest } from "./metrics";

/** nginx passes its $request_id; without a proxy the instance makes one. */
export function requestId(header: string | null | undefined): string {
  return header && /^[A-Za-z0-9_-]{8,64}$/.test(header) ? header : randomUUID();
}

/**
 * Wraps an App Router route handler: a request id on its log lines and on the response
 * (X-Request-Id), its count and latency in the metrics, and an unexpected error logged once
 * and answered as JSON rather than Next.js's HTML error page; a database outage is a 503 with
 * Retry-After (lib/unavailable.ts), not a 500.
 */
export function observeRoute<A extends unknown[]>(route: string, handler: (req: Request, ...rest: A) => Promise<Response>) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    const started = process.hrtime.bigint();
    const reqId = requestId(req.headers.get("x-request-id"));
    const res = await requestContext.run({ reqId }, async () => {
      try {
        return await handler(req, ...rest);
      } catch (err) {
        if (isDatabaseUnavailable(err)) {
          log.warn({ err, route }, "database unavailable");
          return unavailableResponse();
        }
        log.error({ err, route }, "request failed");
        return Response.json({ error: { code: "internal", message: "Something went wrong; please try again." } }, { status: 500 });
      }
    });
    recordRequest(route, req.method, res.status, started);
    try {
      res.headers.set("X-Request-Id", reqId);
    } catch {
      // Some responses (redirects) have immutable headers; the id is still on the log lines.
    }
    return res;
  };
}
