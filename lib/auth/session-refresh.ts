import { decode, encode } from "next-auth/jwt";
import type { NextRequest, NextResponse } from "next/server";
import { SESSION_IDLE_SECONDS, WORKER_SESSION_IDLE_SECONDS } from "./lockout";

const COOKIE = /^(__Secure-)?authjs\.session-token$/;
/** Re-issue at most once a minute, not on every asset request. */
const MIN_AGE_SEC = 60;

/**
 * Slides the session's idle limit: the JWT expires SESSION_IDLE_SECONDS after it was last issued,
 * and server components cannot set cookies, so the proxy re-seals a valid token on each page
 * request. It checks nothing else: whether the token still opens a session is decided against
 * the database in lib/auth/auth.ts (jwt callback) and lib/auth/session.ts on every request.
 */
export async function refreshSessionCookie(req: NextRequest, res: NextResponse): Promise<void> {
  const secret = process.env.AUTH_SECRET;
  const cookie = req.cookies.getAll().find((c) => COOKIE.test(c.name));
  if (!secret || !cookie) return;
  try {
    const token = await decode({ token: cookie.value, secret, salt: cookie.name });
    const now = Math.floor(Date.now() / 1000);
    if (!token || typeof token.exp !== "number") return;
    // A worker token slides over 30 days, a staff token over 30 minutes (lib/auth/lockout.ts).
    const maxAge = token.kind === "worker" ? WORKER_SESSION_IDLE_SECONDS : SESSION_IDLE_SECONDS;
    if (token.exp - now > maxAge - MIN_AGE_SEC) return;
    const value = await encode({ token, secret, salt: cookie.name, maxAge });
    res.cookies.set(cookie.name, value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookie.name.startsWith("__Secure-"),
      expires: new Date((now + maxAge) * 1000),
    });
  } catch {
    // An expired or foreign token is left alone: it opens no session anyway.
  }
}
