"use client";

import { useTranslations } from "next-intl";
import type { HTMLAttributes, ReactNode } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/form-classes";

export { inputClass, primaryButton, secondaryButton };

export const fieldId = (name: string) => `m-${name}`;
export const errorId = (name: string) => `m-${name}-error`;
export const hintId = (name: string) => `m-${name}-hint`;

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} role="alert" className="mt-1 font-medium text-red-800">
      {message}
    </p>
  );
}

export function RequiredMark({ required }: { required: boolean }) {
  const t = useTranslations("merchants.form");
  return <span className="ml-1 text-sm font-normal text-stone-700">{required ? t("required") : t("optional")}</span>;
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  type?: "text" | "password" | "tel";
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  maxLength?: number;
  multiline?: boolean;
  className?: string;
  /** Told each change, for a form that must keep the value across a reset (React 19 form actions). */
  onValue?: (value: string) => void;
};

/** A labelled input with its hint and error tied to it by aria-describedby. */
export function TextField({ name, label, hint, error, required = true, defaultValue, type = "text", autoComplete, inputMode, maxLength, multiline, className, onValue }: TextFieldProps) {
  const common = {
    id: fieldId(name),
    name,
    defaultValue,
    maxLength,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId(name), error && errorId(name)),
  } as const;
  return (
    <div className={className}>
      <label htmlFor={fieldId(name)} className="block font-semibold text-stone-900">
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? (
        <p id={hintId(name)} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={3} className={inputClass} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} className={inputClass} onChange={onValue ? (e) => onValue(e.target.value) : undefined} />
      )}
      <FieldError name={name} message={error} />
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold text-stone-900">{title}</legend>
      {children}
    </fieldset>
  );
}
