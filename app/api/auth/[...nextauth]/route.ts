import { handlers } from "@/lib/auth/auth";

// public: next-auth's sign-in, sign-out, CSRF and session endpoints; credentials are checked in lib/auth/auth.ts.
export const { GET, POST } = handlers;
