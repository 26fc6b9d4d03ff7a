"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { secondaryButton } from "@/components/ui/form-classes";
import { trackAction, type TrackState } from "../actions";
import { handOffToTrack, parseSavedCases, saveCase, savedCasesSnapshot, subscribeSavedCases, trackHandOff, type SavedCase } from "../saved-cases";
import { CaseDetails } from "./case-details";
import { SavedCasesList } from "./saved-cases-list";
import { describedBy, inputClass, primaryButton } from "@/lib/cases/intake/components/form-fields";

/**
 * Reference and tracking code in, the case's public view out. The code goes in the POST body only.
 * A case handed over from the result page or the device's saved cases (session storage) is looked
 * up at once, and stays handed over, so a reload of /track shows it again.
 */
export function TrackPanel({ initialReference }: { initialReference?: string }) {
  const t = useTranslations("cases.track");
  const [state, action, pending] = useActionState<TrackState, FormData>(trackAction, {});
  const [reference, setReference] = useState(initialReference ?? "");
  const [code, setCode] = useState("");
  const [saveFailed, setSaveFailed] = useState(false);
  const view = state.view;
  const raw = useSyncExternalStore(subscribeSavedCases, savedCasesSnapshot, () => "[]");
  const saved = useMemo(() => !!view && parseSavedCases(raw).some((c) => c.reference === view.reference && c.code === state.secret), [raw, view, state.secret]);

  function lookUp(c: { reference: string; code: string }) {
    setReference(c.reference);
    setCode(c.code);
    const form = new FormData();
    form.set("reference", c.reference);
    form.set("secret", c.code);
    startTransition(() => action(form));
  }
  const handed = useRef(false);
  useEffect(() => {
    if (handed.current) return;
    handed.current = true;
    const c = trackHandOff();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the hand-off is in sessionStorage, readable only after hydration
    if (c) lookUp(c);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival: later renders must not look the case up again
  }, []);
  // The case on screen stays handed over in this tab: a reload of /track opens it again.
  useEffect(() => {
    if (view && state.secret) handOffToTrack(view.reference, state.secret);
  }, [view, state.secret]);

  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4 rounded-lg border border-stone-300 bg-white p-4" noValidate>
        <div>
          <label htmlFor="track-reference" className="block font-semibold">
            {t("reference")}
          </label>
          <input
            id="track-reference"
            name="reference"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            required
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="JC-…"
            aria-describedby={describedBy(state.message && "track-error")}
            className={`${inputClass} font-mono uppercase`}
          />
        </div>
        <div>
          <label htmlFor="track-secret" className="block font-semibold">
            {t("secret")}
          </label>
          <input
            id="track-secret"
            name="secret"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            placeholder="K7QM-4XPD"
            aria-describedby={describedBy("track-secret-hint", state.message && "track-error")}
            className={`${inputClass} font-mono uppercase`}
          />
          <p id="track-secret-hint" className="mt-1 text-sm text-stone-700">
            {t("secretHint")}
          </p>
        </div>
        {state.message && !view ? (
          <p id="track-error" role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
            {state.message}
          </p>
        ) : null}
        <button type="submit" disabled={pending} aria-busy={pending} className={`${primaryButton} w-full`}>
          {pending ? t("searching") : t("submit")}
        </button>
      </form>
      {view && state.secret ? (
        <>
          {!saved ? (
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" className={secondaryButton} onClick={() => setSaveFailed(!saveCase(view.reference, state.secret!))}>
                {t("save")}
              </button>
              {saveFailed ? <p role="status">{t("saveFailed")}</p> : null}
            </div>
          ) : (
            <p role="status" className="text-sm text-stone-800">
              {t("savedHere")}
            </p>
          )}
          <CaseDetails key={`${view.reference}-${view.timeline.length}-${view.status}`} view={view} secret={state.secret} />
        </>
      ) : null}
      <SavedCasesList onOpen={(c: SavedCase) => lookUp(c)} />
    </div>
  );
}
