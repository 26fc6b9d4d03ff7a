"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "../action-state";
import { DATUMS, PLACE_KINDS, type FacilityOption, type HolidayMode, type HoursSpan } from "../../schema";
import { buttonClass, inputClass } from "./action-form";
import { HoursEditor } from "./hours-editor";
import { DISTRICTS } from "@/lib/places/schema";

export type PlaceFormValues = {
  nameZh: string;
  nameEn: string;
  kind: string;
  addressZh: string;
  addressEn: string;
  district: string;
  subdistrict: string;
  lat: string;
  lng: string;
  datum: string;
  facilities: { code: string; detail: string | null }[];
  is24h: boolean;
  hours: HoursSpan[];
  holidayMode: HolidayMode;
  phone: string;
  organization: string;
  descriptionZh: string;
  descriptionEn: string;
};

type Props = {
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  placeId?: string;
  initial: PlaceFormValues;
  facilities: FacilityOption[];
  /** e.g. "stored as WGS-84 …, first entered in GCJ-02" */
  locationNote?: string;
};

/** Create or edit a place. A refused save comes back with every field as typed and each message beside it. */
export function PlaceForm({ action, placeId, initial, facilities, locationNote }: Props) {
  const t = useTranslations("directory");
  const tp = useTranslations("places");
  const [state, formAction, pending] = useActionState(action, {});
  const v = (state.values as PlaceFormValues | undefined) ?? initial;
  const err = state.errors ?? {};
  const text = (name: keyof PlaceFormValues, label: string, opts: { required?: boolean; type?: string; multiline?: boolean; maxLength?: number } = {}) => {
    const props = {
      id: `pf-${name}`,
      name,
      defaultValue: String(v[name] ?? ""),
      required: opts.required,
      maxLength: opts.maxLength,
      "aria-invalid": err[name] ? true : undefined,
      "aria-describedby": err[name] ? `pf-${name}-error` : undefined,
      className: inputClass,
    };
    return (
      <div>
        <label htmlFor={`pf-${name}`} className="block font-semibold">
          {label}
          {opts.required ? <span className="ml-1 text-sm font-normal text-stone-700">{t("form.required")}</span> : null}
        </label>
        {opts.multiline ? <textarea rows={3} {...props} /> : <input type={opts.type ?? "text"} {...props} />}
        <FieldError id={`pf-${name}-error`}>{err[name]}</FieldError>
      </div>
    );
  };
  const select = (name: keyof PlaceFormValues, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`pf-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`pf-${name}`} name={name} defaultValue={String(v[name] ?? "")} aria-invalid={err[name] ? true : undefined} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`pf-${name}-error`}>{err[name]}</FieldError>
    </div>
  );
  const chosen = new Map(v.facilities.map((f) => [f.code, f.detail ?? ""]));
  const section = "space-y-3 rounded-md border border-stone-300 bg-white p-4";
  return (
    <form action={formAction} aria-label={t(placeId ? "form.editLabel" : "form.newTitle")} className="max-w-3xl space-y-4">
      {placeId ? <input type="hidden" name="placeId" value={placeId} /> : null}
      <fieldset className={section}>
        <legend className="text-lg font-bold">{t("form.basics")}</legend>
        {text("nameZh", t("form.nameZh"), { required: true, maxLength: 100 })}
        {text("nameEn", t("form.nameEn"), { maxLength: 200 })}
        {select("kind", t("form.kind"), PLACE_KINDS.map((k) => ({ value: k, label: tp(`kinds.${k}`) })))}
        {text("organization", t("form.organization"), { maxLength: 100 })}
        {text("phone", t("form.phone"), { type: "tel", maxLength: 30 })}
      </fieldset>
      <fieldset className={section}>
        <legend className="text-lg font-bold">{t("form.location")}</legend>
        {text("addressZh", t("form.addressZh"), { required: true, maxLength: 200 })}
        {text("addressEn", t("form.addressEn"), { maxLength: 300 })}
        <div className="grid gap-3 sm:grid-cols-2">
          {select("district", t("form.district"), [{ value: "", label: t("form.districtAuto") }, ...DISTRICTS.map((d) => ({ value: d, label: tp(`districts.${d}`) }))])}
          {text("subdistrict", t("form.subdistrict"), { maxLength: 60 })}
          {text("lat", t("form.lat"), { required: true })}
          {text("lng", t("form.lng"), { required: true })}
        </div>
        {select("datum", t("form.datum"), DATUMS.map((d) => ({ value: d, label: t(`datums.${d}`) })))}
        <p className="text-sm text-stone-700">{t("form.datumHint")}</p>
        {locationNote ? <p className="text-sm text-stone-800">{locationNote}</p> : null}
      </fieldset>
      <fieldset className={section} aria-describedby={err.facilities ? "pf-facilities-error" : undefined}>
        <legend className="text-lg font-bold">{t("form.facilities")}</legend>
        <FieldError id="pf-facilities-error">{err.facilities}</FieldError>
        <div className="grid gap-2 sm:grid-cols-2">
          {facilities.map((f) => (
            <div key={f.code} className="rounded border border-stone-200 p-2">
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="facility" value={f.code} defaultChecked={chosen.has(f.code)} className="size-5 accent-brand-700" />
                <span aria-hidden="true">{f.icon}</span>
                {f.name}
              </label>
              <input
                name={`detail_${f.code}`}
                defaultValue={chosen.get(f.code) ?? ""}
                maxLength={60}
                aria-label={t("form.facilityDetail", { name: f.name })}
                placeholder={t("form.facilityDetailPlaceholder")}
                className="mt-1 block min-h-10 w-full rounded border border-stone-400 px-2"
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className={section}>
        <HoursEditor key={JSON.stringify([v.hours, v.is24h, v.holidayMode])} initial={v.hours} is24h={v.is24h} holidayMode={v.holidayMode} error={err.hours} />
      </div>
      <fieldset className={section}>
        <legend className="text-lg font-bold">{t("form.about")}</legend>
        {text("descriptionZh", t("form.descriptionZh"), { multiline: true, maxLength: 1000 })}
        {text("descriptionEn", t("form.descriptionEn"), { multiline: true, maxLength: 2000 })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
          {pending ? t("form.saving") : t("form.save")}
        </button>
        {state.message ? (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "font-medium text-green-800" : "font-medium text-red-800"}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-1 font-medium text-red-800">
      {children}
    </p>
  );
}
