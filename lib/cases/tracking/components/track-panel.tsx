"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { trackAction, type TrackState } from "../actions";
import { CaseDetails } from "./case-details";
import { describedBy, inputClass, primaryButton } from "@/lib/cases/intake/components/form-fields";

/** Reference and tracking code in, the case's public view out. The code goes in the POST body only. */
export function TrackPanel({ initialReference }: { initialReference?: string }) {
  const t = useTranslations("cases.track");
  const [state, action, pending] = useActionState<TrackState, FormData>(trackAction, {});
  const view = state.view;
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
            defaultValue={state.reference ?? initialReference ?? ""}
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
            defaultValue={state.secret ?? ""}
            required
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={describedBy("track-secret-hint", state.message && "track-error")}
            className={`${inputClass} font-mono`}
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
      {view && state.secret ? <CaseDetails key={`${view.reference}-${view.timeline.length}-${view.status}`} view={view} secret={state.secret} /> : null}
    </div>
  );
}
