import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Role } from "./roles";
import { verifyCredentials } from "./credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; departmentId: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    departmentId?: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    departmentId?: string | null;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      // "identifier" is an e-mail address or a mainland mobile number (lib/auth/schema.ts).
      credentials: { identifier: {}, password: {} },
      authorize: (raw) => verifyCredentials(raw?.identifier, raw?.password),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.departmentId = user.departmentId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.departmentId = token.departmentId ?? null;
      }
      return session;
    },
  },
});
