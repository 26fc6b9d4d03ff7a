import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

/**
 * Locale routing, plus a convenience redirect of signed-out visitors away from /admin.
 * This is not authorization: it only looks for a session cookie. Every admin layout,
 * loader and action checks the session and role itself (see lib/auth/session.ts).
 */
export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const prefix = pathname === "/en" || pathname.startsWith("/en/") ? "/en" : "";
  const rest = pathname.slice(prefix.length) || "/";
  const isAdmin = rest === "/admin" || rest.startsWith("/admin/");
  const hasSession = req.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token/.test(c.name));
  if (isAdmin && !hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = `${prefix}/sign-in`;
    url.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
    return NextResponse.redirect(url);
  }
  return intl(req);
}

export const config = {
  matcher: ["/((?!api|metrics|_next|_vercel|.*\\..*).*)"],
};
