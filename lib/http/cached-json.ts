import { cachedJsonReply, toResponse } from "./json-reply";

/** For App Router route handlers: see cachedJsonReply. */
export function cachedJson(req: Request, body: unknown, init: { maxAge: number; contentType?: string }): Response {
  return toResponse(cachedJsonReply(req.headers.get("if-none-match"), body, init));
}
