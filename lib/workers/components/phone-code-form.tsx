"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/form-classes";
import type { PhoneCodeState } from "../actions";

type Action = (prev: PhoneCodeState, form: FormData) => Promise<PhoneCodeState>;

/**
 * The two steps of a phone flow: the mobile number gets an SMS code, then the code proves it.
 * Shared by recovering lost codes and by worker sign-in; `result` shows what step 2 returned.
 */
export function PhoneCodeForm({ idPrefix, send, confirm, submitLabel, result }: { idPrefix: string; send: Action; confirm: Action; submitLabel: string; result?: (s: PhoneCodeState) => ReactNode }) {
  const t = useTranslations("workers");
  const [sent, sendAction, sending] = useActionState(send, {});
  const [done, confirmAction, confirming] = useActionState(confirm, {});
  const [phone, setPhone] = useState("");
  const phoneError = sent.fields?.phone;
  const codeError = done.fields?.code;
  const shown = done.recovered ? result?.(done) : null;
  if (shown) return <>{shown}</>;
  return (
    <div className="space-y-4 rounded-lg border border-stone-300 bg-white p-4">
      <form action={sendAction} className="space-y-2" noValidate>
        <label htmlFor={`${idPrefix}-phone`} className="block font-semibold">
          {t("phone")}
        </label>
        <input
          id={`${idPrefix}-phone`}
          name="phone"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? `${idPrefix}-phone-error` : undefined}
          className={inputClass}
        />
        {phoneError ? (
          <p id={`${idPrefix}-phone-error`} className="font-medium text-red-800">
            {phoneError}
          </p>
        ) : null}
        <button type="submit" disabled={sending} className={`${secondaryButton} w-full`}>
          {sending ? t("sending") : sent.sent ? t("resend") : t("sendCode")}
        </button>
        <p role="status" className="min-h-5 text-sm text-stone-800">
          {sent.message ?? ""}
        </p>
      </form>
      {sent.sent ? (
        <form action={confirmAction} className="space-y-2" noValidate>
          <input type="hidden" name="phone" value={sent.phone ?? phone} />
          <label htmlFor={`${idPrefix}-code`} className="block font-semibold">
            {t("code")}
          </label>
          <input
            id={`${idPrefix}-code`}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? `${idPrefix}-code-error` : undefined}
            className={`${inputClass} font-mono tracking-widest`}
          />
          {codeError ? (
            <p id={`${idPrefix}-code-error`} role="alert" className="font-medium text-red-800">
              {codeError}
            </p>
          ) : null}
          <button type="submit" disabled={confirming} aria-busy={confirming} className={`${primaryButton} w-full`}>
            {submitLabel}
          </button>
        </form>
      ) : null}
    </div>
  );
}
