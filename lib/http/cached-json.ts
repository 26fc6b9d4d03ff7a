import { createHash } from "node:crypto";

/**
 * A JSON response with a strong ETag and a short public cache life; answers 304 when the
 * client already holds this exact body (riders on weak networks re-request the same viewport).
 */
export function cachedJson(req: Request, body: unknown, init: { maxAge: number; contentType?: string }): Response {
  const json = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
  const headers = {
    "Content-Type": init.contentType ?? "application/json; charset=utf-8",
    "Cache-Control": `public, max-age=${init.maxAge}, stale-while-revalidate=${init.maxAge * 5}`,
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  const match = req.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(json, { status: 200, headers });
}

/** 400 naming the parameter and the problem: bad input never becomes a 500. */
export function badParameter(parameter: string, message: string): Response {
  return Response.json(
    { error: { code: "invalid_parameter", parameter, message } },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}
