"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { reviewAction, type FormState } from "../actions";
import { TRANSITIONS, type ReviewAction } from "../workflow";
import { describedBy, inputClass, primaryButton, secondaryButton } from "./fields";

/** The review steps open in the application's state; each is its own form with the version it saw. */
export function ReviewActions({ id, version, actions }: { id: string; version: number; actions: ReviewAction[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {actions.map((action) => (
        <ReviewForm key={action} id={id} version={version} action={action} />
      ))}
    </div>
  );
}

function ReviewForm({ id, version, action }: { id: string; version: number; action: ReviewAction }) {
  const t = useTranslations("merchants.review");
  const [state, formAction, pending] = useActionState<FormState, FormData>(reviewAction, {});
  const base = useId();
  const needsNote = TRANSITIONS[action].noteRequired;
  const noteError = state.errors?.note;
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-stone-300 bg-white p-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      {needsNote ? (
        <div>
          <label htmlFor={`${base}-note`} className="block font-semibold">
            {t(action === "reject" ? "rejectNote" : "changesNote")}
          </label>
          <textarea
            id={`${base}-note`}
            name="note"
            rows={3}
            maxLength={1000}
            required
            aria-invalid={noteError ? true : undefined}
            aria-describedby={describedBy(noteError && `${base}-note-error`)}
            className={inputClass}
          />
          {noteError ? (
            <p id={`${base}-note-error`} role="alert" className="mt-1 font-medium text-red-800">
              {noteError}
            </p>
          ) : null}
        </div>
      ) : null}
      {state.message && !noteError ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-2 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={`${action === "approve" || action === "start_review" ? primaryButton : secondaryButton} w-full`}>
        {t(`actions.${action}`)}
      </button>
    </form>
  );
}
