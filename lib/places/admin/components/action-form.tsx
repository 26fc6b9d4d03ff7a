"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "../action-state";

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const quietButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border-2 border-stone-600 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";
export const inputClass = "mt-1 block min-h-11 w-full rounded-md border-2 border-stone-500 bg-white px-3 py-1.5 text-stone-900 aria-[invalid=true]:border-red-700";

type Props = {
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  children?: ReactNode;
  submit: string;
  pendingLabel?: string;
  quiet?: boolean;
  className?: string;
  /** Accessible name of the form, when a page holds several. */
  label?: string;
};

/** A small staff form: posts to a server action and shows its answer beside the button. */
export function ActionForm({ action, children, submit, pendingLabel, quiet, className, label }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = Object.values(state.errors ?? {});
  return (
    <form action={formAction} aria-label={label} className={className ?? "space-y-2"}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} aria-busy={pending} className={quiet ? quietButtonClass : buttonClass}>
          {pending && pendingLabel ? pendingLabel : submit}
        </button>
        {state.message ? (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "font-medium text-green-800" : "font-medium text-red-800"}>
            {state.message}
            {errors.length ? `：${errors.join("；")}` : null}
          </p>
        ) : null}
      </div>
    </form>
  );
}
