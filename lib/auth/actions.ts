"use server";

import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { signIn, signOut } from "./auth";
import { safeCallbackPath, signInSchema } from "./schema";

export type SignInState = { message?: string; values?: { email: string } };

// Public action: anyone may call it. Credentials are checked in lib/auth/auth.ts (authorize).
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("auth");
  const locale = await getLocale();
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({
    email,
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") || undefined,
  });
  if (!parsed.success) return { message: t("invalidInput"), values: { email } };
  const redirectTo = safeCallbackPath(parsed.data.callbackUrl, getPathname({ href: "/admin", locale }));
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (e) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (e instanceof AuthError) {
      return { message: e.type === "CredentialsSignin" ? t("invalidCredentials") : t("genericError"), values: { email } };
    }
    throw e;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: getPathname({ href: "/", locale }) });
}
