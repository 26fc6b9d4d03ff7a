/**
 * Which requests a page path accepts, decided in proxy.ts before any rendering: pages answer
 * GET and HEAD; POST only as a server action, and then no larger than the path's forms need.
 * A server action is a POST with the Next-Action header, or, without JavaScript, a plain form
 * post (Next.js finds the action in the form's fields; the place page's report works so). Route handlers (app/api, pages/api) declare their own methods.
 */
const MB = 1024 * 1024;
/**
 * Text-only forms: tracking, sign-in, sign-up, check-in, and /report, whose photos go to the route
 * handler POST /api/v1/cases (the wizard) or are not offered (the one-page form without JavaScript).
 */
export const TEXT_FORM_LIMIT = 1 * MB;
/** Six photos of 10 MB (lib/uploads/photos.ts) plus the form's text: the merchant application's server action. */
export const SIX_PHOTO_FORM_LIMIT = 6 * 10 * MB + 256 * 1024;
/** One photo (a rider's report on a place page) plus text. */
export const ONE_PHOTO_FORM_LIMIT = 10 * MB + 256 * 1024;
/** Staff forms: next.config's serverActions.bodySizeLimit (staff intake posts six photos). */
export const STAFF_FORM_LIMIT = 62 * MB;

export type Verdict =
  | { ok: true; bodyLimit?: number }
  | { ok: false; status: 405; allow: string }
  | { ok: false; status: 413 | 411; limit: number };

/** The path without its locale prefix: "/en/places/x" → "/places/x". */
export function unlocalized(pathname: string): string {
  return pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
}

/** The largest server-action body a page path takes. Public paths take only what they need. */
export function actionBodyLimit(pathname: string): number {
  const path = unlocalized(pathname);
  if (path === "/admin" || path.startsWith("/admin/")) return STAFF_FORM_LIMIT;
  if (path === "/merchant/apply") return SIX_PHOTO_FORM_LIMIT;
  if (/^\/places\/[^/]+$/.test(path)) return ONE_PHOTO_FORM_LIMIT;
  return TEXT_FORM_LIMIT;
}

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/** Whether a POST can be a server action: the header that fetch-based calls send, or a form body. */
export function mayBeAction(h: { nextAction: boolean; contentType: string | null }): boolean {
  return h.nextAction || FORM_TYPES.test(h.contentType ?? "");
}

export function pageVerdict(req: { method: string; pathname: string; isAction: boolean; contentLength: string | null }): Verdict {
  const method = req.method.toUpperCase();
  if (method === "GET" || method === "HEAD") return { ok: true };
  if (method !== "POST" || !req.isAction) return { ok: false, status: 405, allow: "GET, HEAD, POST" };
  const limit = actionBodyLimit(req.pathname);
  if (req.contentLength === null) return { ok: true, bodyLimit: limit }; // chunked: counted while streaming
  const length = /^\d+$/.test(req.contentLength) ? Number(req.contentLength) : NaN;
  if (Number.isNaN(length)) return { ok: false, status: 411, limit };
  if (length > limit) return { ok: false, status: 413, limit };
  return { ok: true };
}
