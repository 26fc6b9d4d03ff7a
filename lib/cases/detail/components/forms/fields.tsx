"use client";

import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";
import type { CommandState } from "@/lib/cases/workflow/actions";

export const inputClass = "mt-1 block min-h-11 w-full rounded-md border-2 border-stone-500 bg-white px-2 py-1 text-stone-900 aria-[invalid=true]:border-red-700";
export const primaryButton = "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "inline-flex min-h-11 items-center justify-center rounded-md border-2 border-stone-600 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";

type FieldProps = { id: string; name: string; label: string; state: CommandState; required?: boolean; hint?: string };

function described(id: string, error?: string, hint?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export function FieldShell({ id, name, label, state, required = true, hint, children }: FieldProps & { children: ReactNode }) {
  const t = useTranslations("dashboard.forms");
  const error = state.errors?.[name];
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-stone-900">
        {label}
        {required ? null : <span className="ml-1 text-sm font-normal text-stone-700">{t("optional")}</span>}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number; maxLength?: number; defaultValue?: string; textareaRef?: Ref<HTMLTextAreaElement> }) {
  const { id, name, state, required = true, hint, rows = 3, maxLength, defaultValue, textareaRef } = props;
  const error = state.errors?.[name];
  return (
    <FieldShell {...props}>
      <textarea
        ref={textareaRef}
        id={id}
        name={name}
        rows={rows}
        required={required}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function TextInput(props: FieldProps & { type?: string; maxLength?: number; defaultValue?: string; min?: string; placeholder?: string }) {
  const { id, name, state, required = true, hint, type = "text", maxLength, defaultValue, min, placeholder } = props;
  const error = state.errors?.[name];
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        maxLength={maxLength}
        min={min}
        placeholder={placeholder}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectInput(props: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string; onChange?: (v: string) => void }) {
  const { id, name, state, required = true, hint, options, defaultValue, placeholder, onChange } = props;
  const error = state.errors?.[name];
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ""}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={inputClass}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The action's answer: an error (a stale version reads "changed by someone else") or done. */
export function CommandMessage({ state }: { state: CommandState }) {
  const t = useTranslations("dashboard.forms");
  if (state.message) {
    return (
      <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-2 font-semibold text-red-900">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="font-semibold text-emerald-800">
      {state.ok ? t("done") : null}
    </p>
  );
}

export function SubmitButton({ pending, children, name, value, className = primaryButton }: { pending: boolean; children: ReactNode; name?: string; value?: string; className?: string }) {
  const t = useTranslations("dashboard.forms");
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? t("sending") : children}
    </button>
  );
}

/** A command behind a disclosure: keyboard-operable natively, and it keeps the page readable. */
export function CommandSection({ title, children, open = false, id }: { title: string; children: ReactNode; open?: boolean; id?: string }) {
  return (
    <details id={id} open={open} className="group rounded-lg border border-stone-300 bg-white [&[open]>summary]:border-b [&[open]>summary]:border-stone-300">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 font-semibold text-brand-800 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▶
        </span>
        {title}
      </summary>
      <div className="p-3">{children}</div>
    </details>
  );
}
