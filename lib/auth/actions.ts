"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/server-navigation";
import { signIn, signOut } from "./auth";
import { getRoleForSignIn } from "./data";
import type { Role } from "./roles";
import { safeCallbackPath, signInSchema } from "./schema";

export type SignInState = { message?: string; values?: { identifier: string } };

/** Where a sign-in without a callback lands: merchants have their own page, staff the dashboard. */
function homeFor(role: Role | null): string {
  return role === "MERCHANT" ? "/merchant" : "/admin";
}

// public: signing in is how a session begins; credentials are checked in lib/auth/auth.ts (authorize).
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("auth");
  const locale = await getLocale();
  // "email" is the field's former name, still accepted from older pages and scripts.
  const identifier = String(formData.get("identifier") ?? formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({
    identifier,
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") || undefined,
  });
  if (!parsed.success) return { message: (await getTranslations("merchants.signIn"))("invalidInput"), values: { identifier } };
  const { callbackUrl, password } = parsed.data;
  // The role only picks the landing page, and only a successful sign-in ever goes there.
  const home = homeFor(await getRoleForSignIn(parsed.data.identifier));
  const redirectTo = safeCallbackPath(callbackUrl, getPathname({ href: home, locale }));
  try {
    // The credentials provider names its login field "email"; it carries either identifier.
    await signIn("credentials", { identifier: parsed.data.identifier.value, password, redirectTo });
  } catch (e) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (e instanceof AuthError) {
      // One message for unknown, inactive and locked accounts and wrong passwords alike; only the
      // per-address limit, which says nothing about any account, has its own.
      const throttled = e instanceof CredentialsSignin && e.code === "throttled";
      const message = throttled ? t("throttled") : e.type === "CredentialsSignin" ? t("invalidCredentials") : t("genericError");
      return { message, values: { identifier } };
    }
    throw e;
  }
  return {};
}

// public: it ends only the caller's own session, if any.
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: getPathname({ href: "/", locale }) });
}
