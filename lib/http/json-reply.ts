import { createHash } from "node:crypto";

/**
 * A JSON answer as plain data, so that one feed serves both an App Router route handler
 * (`toResponse`) and a Pages API route (`sendReply` in node-reply.ts), and tests can read it.
 */
export type JsonReply = { status: number; headers: Record<string, string>; body: string | null };

/**
 * A JSON body with a strong ETag and a short public cache life; 304 without a body when the
 * client already holds this exact body (riders on weak networks re-request the same viewport).
 */
export function cachedJsonReply(ifNoneMatch: string | null, body: unknown, init: { maxAge: number; contentType?: string }): JsonReply {
  const json = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
  const headers = {
    "Content-Type": init.contentType ?? "application/json; charset=utf-8",
    "Cache-Control": `public, max-age=${init.maxAge}, stale-while-revalidate=${init.maxAge * 5}`,
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  const match = ifNoneMatch?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
  return match ? { status: 304, headers, body: null } : { status: 200, headers, body: json };
}

/** 400 naming the parameter and the problem: bad input never becomes a 500. */
export function badParameterReply(parameter: string, message: string): JsonReply {
  return {
    status: 400,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    body: JSON.stringify({ error: { code: "invalid_parameter", parameter, message } }),
  };
}

export function toResponse(reply: JsonReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

/** What a public feed reads from a request, whichever router delivered it. */
export type FeedRequest = { query: URLSearchParams; origin: string; ifNoneMatch: string | null };
