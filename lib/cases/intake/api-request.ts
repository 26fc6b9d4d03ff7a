import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "@/lib/http/json-depth";
import { readBodyLimited } from "@/lib/http/read-body";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/uploads/photos";
import { log } from "@/lib/observability/log";
import { isDatabaseUnavailable, UnavailableError } from "@/lib/unavailable";
import { caseErrorTranslator, translateFieldErrors } from "../error-messages";
import { SubmissionError } from "./submit-grievance";

export type ApiLocale = "zh-CN" | "en";

export function apiLocale(req: Request): ApiLocale {
  const lang = new URL(req.url).searchParams.get("lang") ?? req.headers.get("accept-language") ?? "";
  return /^en\b/i.test(lang) ? "en" : "zh-CN";
}

const JSON_LIMIT = 64 * 1024;
const MULTIPART_LIMIT = MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024;
const NUMERIC = new Set(["lat", "lng"]);
const BOOLEAN = new Set(["anonymous"]);

/** A case submission from JSON or multipart/form-data, as plain fields plus photo bytes. */
export async function readCaseSubmission(req: Request): Promise<{ body: Record<string, unknown>; photos: Uint8Array[] }> {
  const type = req.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const bytes = await readBodyLimited(req, MULTIPART_LIMIT);
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
      throw new SubmissionError("validation", 400, { _: "invalid" });
    });
    const body: Record<string, unknown> = {};
    const photos: Uint8Array[] = [];
    for (const [key, value] of form.entries()) {
      if (key === "photos" && typeof value !== "string") photos.push(new Uint8Array(await value.arrayBuffer()));
      else if (typeof value === "string") body[key] = coerce(key, value);
      else body[key] = "[file]";
    }
    return { body, photos };
  }
  if (!type.startsWith("application/json")) throw new SubmissionError("validation", 415, { _: "invalid" });
  const bytes = await readBodyLimited(req, JSON_LIMIT);
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes));
    if (!body || typeof body !== "object" || Array.isArray(body) || nestsDeeperThan(body, MAX_JSON_DEPTH)) throw new Error("not an object, or nested too deep");
    return { body, photos: [] };
  } catch {
    throw new SubmissionError("validation", 400, { _: "invalid" });
  }
}

function coerce(key: string, value: string): unknown {
  if (NUMERIC.has(key)) return value.trim() === "" ? undefined : Number(value);
  if (BOOLEAN.has(key)) return value === "true" || value === "1" || value === "on";
  if (key === "attributes") {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** `{ error: { code, message, fields } }` in the caller's language; unexpected errors are logged. */
export async function apiError(e: unknown, locale: ApiLocale): Promise<Response> {
  const t = await caseErrorTranslator(locale);
  // An outage is not a bug: 503 with Retry-After, so the client retries with its idempotency key.
  if (!(e instanceof AppError) && isDatabaseUnavailable(e)) {
    log.warn({ err: e }, "database unavailable");
    e = new UnavailableError("database_unavailable", e);
  }
  if (e instanceof AppError) {
    const fields = e instanceof SubmissionError ? e.fields : {};
    const translated = translateFieldErrors(t, fields);
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    const retryAfter = (e as { retryAfter?: number }).retryAfter;
    if (retryAfter) headers["Retry-After"] = String(retryAfter);
    const code = e.code;
    return Response.json({ error: { code, message: t.has(code as never) ? t(code as never) : t("generic"), fields: translated } }, { status: e.status, headers });
  }
  console.error("Unexpected error in the cases API", e);
  return Response.json({ error: { code: "internal", message: t("generic"), fields: {} } }, { status: 500 });
}

/** Anonymous callers may say which front end they are; staff channels (hall, hotline) need a session. */
export function publicChannel(body: Record<string, unknown>): { channel: "WEB" | "MINI_PROGRAM" | "OTHER"; rest: Record<string, unknown> } {
  const { channel, ...rest } = body;
  if (channel !== undefined && channel !== "WEB" && channel !== "MINI_PROGRAM" && channel !== "OTHER") {
    throw new SubmissionError("validation", 400, { channel: "invalid" });
  }
  return { channel: (channel as "WEB" | "MINI_PROGRAM" | "OTHER" | undefined) ?? "OTHER", rest };
}

/** The tracking secret from `Authorization: Bearer <secret>`; never from the URL. */
export function bearerSecret(req: Request): string {
  const header = req.headers.get("authorization") ?? "";
  return header.startsWith("Bearer ") ? header.slice(7).trim() : "";
}
