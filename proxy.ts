import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { refreshSessionCookie } from "@/lib/auth/session-refresh";
import { contentSecurityPolicy, CSP_REPORT_PATH, HSTS, newNonce } from "@/lib/http/csp";
import { exceedsLimit, refusal } from "@/lib/http/refusal";
import { mayBeAction, pageVerdict } from "@/lib/http/request-policy";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);
const tiles = (["osm", "tianditu", "amap"] as const).find((p) => p === process.env.TILE_PROVIDER) ?? "osm";

/**
 * For every page request: the method and body-size policy (lib/http/request-policy.ts), a
 * nonce-based Content-Security-Policy, locale routing, and a convenience redirect of signed-out
 * visitors away from /admin. The redirect is not authorization: it only looks for a session
 * cookie. Every admin layout, loader and action checks the session and role itself
 * (lib/auth/session.ts). It also slides a valid session's idle limit (lib/auth/session-refresh.ts).
 */
export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const https = req.headers.get("x-forwarded-proto") === "https";
  const security: Record<string, string> = https ? { "Strict-Transport-Security": HSTS } : {};

  const isAction = mayBeAction({ nextAction: req.headers.has("next-action"), contentType: req.headers.get("content-type") });
  const verdict = pageVerdict({ method: req.method, pathname, isAction, contentLength: req.headers.get("content-length") });
  if (!verdict.ok) return refusal(pathname, verdict.status, verdict.status === 405 ? { ...security, Allow: verdict.allow } : security, "limit" in verdict ? verdict.limit : undefined);
  if (verdict.bodyLimit !== undefined && (await exceedsLimit(req.body, verdict.bodyLimit))) return refusal(pathname, 413, security, verdict.bodyLimit);

  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts;
  // next-intl forwards the request headers it is given.
  const csp = contentSecurityPolicy({ nonce: newNonce(), tiles, https, dev: process.env.NODE_ENV === "development" });
  req.headers.set("content-security-policy", csp);
  const hasSession = req.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token/.test(c.name));
  const response = adminRedirect(req, pathname, hasSession) ?? intl(req);
  if (hasSession) await refreshSessionCookie(req, response);
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Reporting-Endpoints", `csp="${CSP_REPORT_PATH}"`);
  for (const [k, v] of Object.entries(security)) response.headers.set(k, v);
  return response;
}

function adminRedirect(req: NextRequest, pathname: string, hasSession: boolean): NextResponse | null {
  const prefix = pathname === "/en" || pathname.startsWith("/en/") ? "/en" : "";
  const rest = pathname.slice(prefix.length) || "/";
  const isAdmin = rest === "/admin" || rest.startsWith("/admin/");
  if (!isAdmin || hasSession) return null;
  const url = req.nextUrl.clone();
  url.pathname = `${prefix}/sign-in`;
  url.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api|metrics|_next|_vercel|.*\\..*).*)"],
};
