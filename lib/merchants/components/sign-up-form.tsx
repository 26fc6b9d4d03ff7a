"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { Link } from "@/lib/i18n/navigation";
import { signUpAction, type SignUpState } from "../actions";
import { MIN_PASSWORD } from "../schema";
import { FieldError, primaryButton, secondaryButton, TextField } from "./fields";

/**
 * Two steps in one form: details, then the code sent to the phone or e-mail. The password is kept
 * in state between them (a form action resets the inputs) and posted again with the code.
 */
export function SignUpForm() {
  const t = useTranslations("merchants.signUp");
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const [password, setPassword] = useState("");
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  const alert = state.message ? (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-800">
      {state.message}
    </p>
  ) : null;
  if (state.stage === "code") {
    return (
      <form action={formAction} className="space-y-4" noValidate>
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {t("codeSent", { identifier: v.identifier ?? "" })}
        </p>
        {alert}
        {(["name", "identifier", "consent"] as const).map((k) => (
          <input key={k} type="hidden" name={k} value={v[k] ?? ""} />
        ))}
        <input type="hidden" name="password" value={password} />
        <TextField name="code" label={t("code")} hint={t("codeHint")} autoComplete="one-time-code" inputMode="numeric" maxLength={8} error={errors.code} />
        <button type="submit" name="stage" value="verify" disabled={pending} className={`${primaryButton} w-full`}>
          {pending ? t("submitting") : t("submit")}
        </button>
        <button type="submit" name="stage" value="request" disabled={pending} className={`${secondaryButton} w-full`}>
          {t("resend")}
        </button>
      </form>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {alert}
      <TextField name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" maxLength={40} defaultValue={v.name} error={errors.name} />
      <TextField
        name="identifier"
        label={t("identifier")}
        hint={t("identifierHint")}
        autoComplete="username"
        inputMode="email"
        maxLength={254}
        defaultValue={v.identifier}
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
        onValue={setPassword}
      />
      <div>
        <label className="flex min-h-11 items-start gap-2">
          <input
            type="checkbox"
            name="consent"
            value={PRIVACY_NOTICE_VERSION}
            defaultChecked={v.consent === PRIVACY_NOTICE_VERSION}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "m-consent-error" : undefined}
            className="mt-1 size-5"
          />
          <span>{t("consent", { version: PRIVACY_NOTICE_VERSION })}</span>
        </label>
        <Link href="/privacy" target="_blank" className="inline-block min-h-11 py-2 font-semibold text-brand-800 underline">
          {t("privacyLink")}
        </Link>
        <FieldError name="consent" message={errors.consent} />
      </div>
      <button type="submit" name="stage" value="request" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? t("sending") : t("sendCode")}
      </button>
    </form>
  );
}
