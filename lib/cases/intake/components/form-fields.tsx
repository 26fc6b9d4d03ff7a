"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/form-classes";

export { inputClass, primaryButton, secondaryButton };

/** Field names hold dots (`attributes.amount_owed`); ids must stay valid in CSS selectors. */
export const fieldId = (field: string) => `f-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
export const errorId = (field: string) => `${fieldId(field)}-error`;

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(field)} role="alert" className="mt-1 font-medium text-red-800">
      {message}
    </p>
  );
}

export function RequiredMark({ required }: { required: boolean }) {
  const t = useTranslations("cases.form");
  return <span className="ml-1 text-sm font-normal text-stone-700">{required ? t("required") : t("optional")}</span>;
}

export function FieldLabel({ field, required, children }: { field: string; required: boolean; children: ReactNode }) {
  return (
    <label htmlFor={fieldId(field)} className="block font-semibold text-stone-900">
      {children}
      <RequiredMark required={required} />
    </label>
  );
}

type Option = { value: string; label: string };

/** A radio group as big tappable cards, with its question as the legend. */
export function ChoiceGroup({
  field,
  legend,
  options,
  value,
  onChange,
  error,
  required = true,
  multiple = false,
  values = [],
  onToggle,
}: {
  field: string;
  legend: ReactNode;
  options: Option[];
  value?: string;
  onChange?: (v: string) => void;
  error?: string;
  /** null: no "required"/"optional" mark (a choice of how, not a question). */
  required?: boolean | null;
  multiple?: boolean;
  values?: string[];
  onToggle?: (v: string, on: boolean) => void;
}) {
  return (
    <fieldset id={fieldId(field)} tabIndex={-1} aria-describedby={describedBy(error && errorId(field))} className="min-w-0">
      <legend className="mb-2 font-semibold text-stone-900">
        {legend}
        {required === null ? null : <RequiredMark required={required} />}
      </legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-stone-400 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name={field}
              value={o.value}
              checked={multiple ? values.includes(o.value) : value === o.value}
              onChange={(e) => (multiple ? onToggle?.(o.value, e.target.checked) : onChange?.(o.value))}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError field={field} message={error} />
    </fieldset>
  );
}

export function Checkbox({ field, checked, onChange, error, children }: { field: string; checked: boolean; onChange: (v: boolean) => void; error?: string; children: ReactNode }) {
  return (
    <div>
      <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-stone-400 bg-white p-3 has-[:checked]:border-brand-700">
        <input
          id={fieldId(field)}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId(field))}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
        />
        <span>{children}</span>
      </label>
      <FieldError field={field} message={error} />
    </div>
  );
}
