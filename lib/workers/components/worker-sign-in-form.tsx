"use client";

import { useTranslations } from "next-intl";
import { sendSignInCodeAction, workerSignInAction } from "../actions";
import { PhoneCodeForm } from "./phone-code-form";

/** Optional worker sign-in: a mobile number and the SMS code sent to it; success lands on /me. */
export function WorkerSignInForm() {
  const t = useTranslations("workers.signIn");
  return (
    <section aria-labelledby="worker-sign-in-heading" className="space-y-2">
      <h2 id="worker-sign-in-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <PhoneCodeForm idPrefix="worker" send={sendSignInCodeAction} confirm={workerSignInAction} submitLabel={t("submit")} />
    </section>
  );
}
