import type { IncomingMessage, ServerResponse } from "node:http";
import type { FeedRequest, JsonReply } from "./json-reply";
import { log, requestContext } from "@/lib/observability/log";
import { recordRequest } from "@/lib/observability/metrics";
import { requestId } from "@/lib/observability/observe";
import { isDatabaseUnavailable, unavailableResponse } from "@/lib/unavailable";
import { siteOrigin } from "./origin";

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A Pages API route (pages/api) answering GET and HEAD from a public feed. The map's feeds live
 * there rather than in app/api because Next.js 16 spends about three times as much per request on
 * an App Router route handler (Web Request, Response and streams, headers flushed apart from the
 * body) as on a Pages API route, and the map fetches them on every pan (docs/ARCHITECTURE.md).
 */
export function servePublicFeed(route: string, feed: (r: FeedRequest) => Promise<JsonReply>) {
  return async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const header = req.headers["x-request-id"];
    const ctx = { reqId: requestId(typeof header === "string" ? header : null) };
    await requestContext.run(ctx, () => answer(req, res));
    recordRequest(route, req.method ?? "GET", res.statusCode, started);
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      const body = JSON.stringify({ error: { code: "method_not_allowed", message: "use GET" } });
      return send(req, res, { status: 405, headers: { Allow: "GET, HEAD", "Content-Type": JSON_TYPE, "Cache-Control": "no-store" }, body });
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const ifNoneMatch = req.headers["if-none-match"] ?? null;
    let reply: JsonReply;
    try {
      reply = await feed({ query: url.searchParams, origin: siteOrigin(req.headers), ifNoneMatch });
    } catch (e) {
      if (isDatabaseUnavailable(e)) {
        log.warn({ err: e, route }, "database unavailable");
        const r = unavailableResponse();
        reply = { status: r.status, headers: Object.fromEntries(r.headers), body: await r.text() };
        return send(req, res, reply);
      }
      log.error({ err: e, route }, "feed failed");
      reply = { status: 500, headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store" }, body: JSON.stringify({ error: { code: "internal" } }) };
    }
    send(req, res, reply);
  }
}

/** Headers and body in one write, with a Content-Length, as a bare Node.js server would send them. */
function send(req: IncomingMessage, res: ServerResponse, reply: JsonReply): void {
  const body = reply.body === null ? null : Buffer.from(reply.body);
  res.writeHead(reply.status, body ? { ...reply.headers, "Content-Length": String(body.byteLength) } : reply.headers);
  res.end(req.method === "HEAD" || !body ? undefined : body);
}
