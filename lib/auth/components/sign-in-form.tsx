"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const ts = useTranslations("merchants.signIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div>
        <label htmlFor="identifier" className="block font-medium">{ts("identifier")}</label>
        <input
          id="identifier"
          name="identifier"
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={state.values?.identifier}
          aria-describedby={state.message ? "sign-in-error" : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-400 bg-white px-3"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-400 bg-white px-3"
        />
      </div>
      {state.message ? (
        <p id="sign-in-error" role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
