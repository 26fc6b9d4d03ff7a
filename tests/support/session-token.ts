import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";

const COOKIE = "authjs.session-token";

/** A session cookie as Auth.js issues it at sign-in for this account and session version. */
export async function sessionCookie(user: { id: string; role: string; departmentId: string | null; sessionVersion: number }) {
  const token = await encode({
    token: { uid: user.id, role: user.role as never, departmentId: user.departmentId, sv: user.sessionVersion, sub: user.id },
    secret: process.env.AUTH_SECRET!,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

/** GET /api/auth/session through the app's own handlers, as a browser holding `cookie` would. */
export async function sessionFor(handlers: { GET: (req: NextRequest) => Promise<Response> }, cookie: string) {
  const res = await handlers.GET(new NextRequest("http://127.0.0.1:3000/api/auth/session", { headers: { cookie } }));
  return { body: (await res.json()) as { user?: { id: string } } | null, setCookie: res.headers.getSetCookie().join("\n") };
}
