import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/http/client-address";
import type { Role } from "./roles";
import { authRedirect, configuredOrigin } from "./base-url";
import { findWorkerAccount } from "@/lib/workers/data";
import { endWorkerSessions } from "@/lib/workers/mutations";
import { verifyWorkerSignIn } from "@/lib/workers/sign-in";
import { verifyCredentials } from "./credentials";
import { getSessionAccount } from "./data";
import { SESSION_IDLE_SECONDS } from "./lockout";
import { endSessions } from "./mutations";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; departmentId: string | null; sessionVersion: number } & DefaultSession["user"];
    /** Set only for a worker session (signed in by SMS code); such a session has no `user.id`. */
    worker?: { workerId: string; phone: string };
  }
  interface User {
    role?: Role;
    departmentId?: string | null;
    sessionVersion?: number;
    workerId?: string;
    phone?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    departmentId?: string | null;
    /** The account's sessionVersion when the token was issued. */
    sv?: number;
    /** "worker": a worker signed in by SMS code (wid, phone); no uid or role, so never staff. */
    kind?: "staff" | "worker";
    wid?: string;
    phone?: string;
  }
}

const origin = configuredOrigin();
// Auth.js builds its own URLs (and its sign-in redirect) from AUTH_URL; PUBLIC_URL stands in for it.
if (origin && !process.env.AUTH_URL) process.env.AUTH_URL = origin;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // maxAge is the idle limit: /api/auth/session and proxy.ts re-issue the token while it is used.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  trustHost: true,
  // Secure (and __Secure-/__Host- prefixed) cookies whenever the portal is configured on https;
  // otherwise Auth.js decides from the request's protocol.
  useSecureCookies: origin ? origin.startsWith("https:") : undefined,
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      // "identifier" is an e-mail address or a mainland mobile number (lib/auth/schema.ts).
      credentials: { identifier: {}, password: {} },
      authorize: (raw, request) => verifyCredentials(raw?.identifier, raw?.password, clientAddress(request.headers)),
    }),
    // Workers: a mainland mobile and the SMS code sent to it (lib/workers/sign-in.ts).
    Credentials({
      id: "worker-phone",
      credentials: { phone: {}, code: {} },
      authorize: (raw) => verifyWorkerSignIn(raw?.phone, raw?.code),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.workerId) {
        // A worker token carries no uid and no role: nothing that checks staff can read it as staff.
        return { sub: token.sub, kind: "worker", wid: user.workerId, phone: user.phone, sv: user.sessionVersion ?? 0 };
      }
      if (token.kind === "worker") {
        if (!token.wid || typeof token.sv !== "number") return null;
        const worker = await findWorkerAccount(token.wid);
        return worker && worker.sessionVersion === token.sv && worker.phone === token.phone ? token : null;
      }
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.departmentId = user.departmentId ?? null;
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      // Every later use: a token from before a sign-out, password reset, role or department
      // change or deactivation carries an old version, and null makes it no session at all
      // (Auth.js also clears the cookie on /api/auth/session).
      if (!token.uid || typeof token.sv !== "number") return null;
      const account = await getSessionAccount(token.uid);
      if (!account?.active || account.sessionVersion !== token.sv) return null;
      token.role = account.role;
      token.departmentId = account.departmentId;
      return token;
    },
    session({ session, token }) {
      if (token.kind === "worker" && token.wid && token.phone) {
        session.worker = { workerId: token.wid, phone: token.phone };
        return session;
      }
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.departmentId = token.departmentId ?? null;
        session.user.sessionVersion = token.sv ?? -1;
      }
      return session;
    },
    redirect: ({ url, baseUrl }) => authRedirect(url, baseUrl),
  },
  events: {
    // Signing out ends this token and every copy of it (the version it carries is retired).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.kind === "worker" && token.wid && typeof token.sv === "number") await endWorkerSessions(token.wid, token.sv);
      else if (token?.uid && typeof token.sv === "number") await endSessions(token.uid, token.sv);
    },
  },
});
