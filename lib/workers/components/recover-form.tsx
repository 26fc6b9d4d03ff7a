"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/components/ui/form-classes";
import { handOffToTrack, saveCase } from "@/lib/cases/tracking/saved-cases";
import { useRouter } from "@/lib/i18n/navigation";
import { recoverCodesAction, sendRecoveryCodeAction, type PhoneCodeState } from "../actions";
import { PhoneCodeForm } from "./phone-code-form";

/** Lost codes: phone, SMS code, then the cases' NEW codes on screen (also sent by SMS). */
export function RecoverForm() {
  const t = useTranslations("workers.recover");
  return <PhoneCodeForm idPrefix="recover" send={sendRecoveryCodeAction} confirm={recoverCodesAction} submitLabel={t("submit")} result={(s) => <Recovered state={s} />} />;
}

function Recovered({ state }: { state: PhoneCodeState }) {
  const t = useTranslations("workers.recover");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const cases = state.recovered ?? [];
  if (!cases.length) {
    return (
      <p role="status" className="rounded-md border-2 border-stone-500 bg-white p-3">
        {t("none")}
      </p>
    );
  }
  return (
    <section aria-labelledby="recovered-heading" className="space-y-3" data-testid="recovered">
      <h2 id="recovered-heading" role="alert" className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">
        {t("warning")}
      </h2>
      <ul className="space-y-2">
        {cases.map((c) => (
          <li key={c.reference} className="rounded-lg border-2 border-stone-400 bg-white p-3">
            <p className="text-sm font-semibold text-stone-800">{t("reference")}</p>
            <p className="font-mono text-xl font-bold">{c.reference}</p>
            <p className="mt-1 text-sm font-semibold text-stone-800">{t("newCode")}</p>
            <p data-testid="recovered-code" className="select-all font-mono text-3xl font-bold tracking-wider">
              {c.code}
            </p>
            <button
              type="button"
              className={`${secondaryButton} mt-2`}
              onClick={() => {
                handOffToTrack(c.reference, c.code);
                router.push("/track");
              }}
            >
              {t("open")}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={`${primaryButton} w-full`} onClick={() => setSaved(cases.every((c) => saveCase(c.reference, c.code)))}>
        {t("saveAll")}
      </button>
      <p role="status" className="min-h-5 text-sm">
        {saved ? t("savedAll") : ""}
      </p>
    </section>
  );
}
