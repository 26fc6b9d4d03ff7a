"use client";

import { useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore } from "react";
import { secondaryButton } from "@/components/ui/form-classes";
import { useRouter } from "@/lib/i18n/navigation";
import { forgetCase, handOffToTrack, parseSavedCases, savedCasesSnapshot, subscribeSavedCases, type SavedCase } from "../saved-cases";

/**
 * The cases this device keeps (lib/cases/tracking/saved-cases.ts). Opening one hands reference
 * and code to /track in session storage, never in the URL; on /track itself `onOpen` looks it up
 * in place. Renders nothing when the device keeps no case.
 */
export function SavedCasesList({ onOpen }: { onOpen?: (c: SavedCase) => void }) {
  const t = useTranslations("cases.saved");
  const router = useRouter();
  // The server has no localStorage: it (and hydration) renders the empty list.
  const raw = useSyncExternalStore(subscribeSavedCases, savedCasesSnapshot, () => "[]");
  const cases = useMemo(() => parseSavedCases(raw), [raw]);
  if (!cases.length) return null;

  function open(c: SavedCase) {
    if (onOpen) return onOpen(c);
    handOffToTrack(c.reference, c.code);
    router.push("/track");
  }
  return (
    <section aria-labelledby="saved-cases-heading" className="space-y-2" data-testid="saved-cases">
      <h2 id="saved-cases-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("hint")}</p>
      <ul className="space-y-2">
        {cases.map((c) => (
          <li key={c.reference} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-300 bg-white p-3">
            <span className="font-mono text-lg font-semibold">{c.reference}</span>
            <span className="flex gap-2">
              <button type="button" onClick={() => open(c)} className={secondaryButton} aria-label={t("openLabel", { reference: c.reference })}>
                {t("open")}
              </button>
              <button
                type="button"
                onClick={() => forgetCase(c.reference)}
                className="min-h-11 px-2 text-sm text-stone-700 underline"
                aria-label={t("forgetLabel", { reference: c.reference })}
              >
                {t("forget")}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
