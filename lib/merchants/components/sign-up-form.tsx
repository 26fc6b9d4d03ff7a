"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction, type FormState } from "../actions";
import { MIN_PASSWORD } from "../schema";
import { primaryButton, TextField } from "./fields";

export function SignUpForm() {
  const t = useTranslations("merchants.signUp");
  const [state, formAction, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
      <TextField name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" maxLength={40} defaultValue={state.values?.name} error={errors.name} />
      <TextField
        name="identifier"
        label={t("identifier")}
        hint={t("identifierHint")}
        autoComplete="username"
        inputMode="email"
        maxLength={254}
        defaultValue={state.values?.identifier}
        error={errors.identifier}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: MIN_PASSWORD })}
        autoComplete="new-password"
        maxLength={200}
        error={errors.password}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
