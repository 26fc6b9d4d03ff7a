"use client";

import type { ReactNode } from "react";
import type { SettingsState } from "../schema";

export const input = "mt-1 block min-h-11 w-full rounded-md border-2 border-stone-500 bg-white px-2 text-stone-900 aria-[invalid=true]:border-red-700";
export const primary = "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondary = "inline-flex min-h-11 items-center rounded-md border-2 border-stone-600 bg-white px-3 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";
export const danger = "inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-red-800 underline disabled:opacity-60";

/** The answer of a settings action: an alert when refused, a status line when saved. */
export function Message({ state }: { state: SettingsState }) {
  if (state.message && !state.ok) {
    return (
      <p role="alert" className="font-semibold text-red-800">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="text-emerald-800">
      {state.ok ? state.message : null}
    </p>
  );
}

/** A labelled field with its error below, linked by aria-describedby. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-stone-900">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function errorProps(id: string, error?: string) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}
