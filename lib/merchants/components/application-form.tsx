"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { BaseMapConfig } from "@/lib/places/map/components/base-map";
import { toGcj02, toWgs84, type LatLng } from "@/lib/places/directory/navigation";
import type { FacilityOption } from "@/lib/places/schema";
import { submitApplicationAction, type FormState } from "../actions";
import type { ApplicationDraft, FormTarget } from "../loaders";
import { BUSINESS_TYPES } from "../schema";
import { describedBy, errorId, FieldError, fieldId, hintId, inputClass, primaryButton, RequiredMark, Section, TextField } from "./fields";
import { groupsFromSpans, HoursEditor, spansFromGroups } from "./hours-editor";
import { PhotoField, type NewPhoto, type PhotoLimits } from "./photo-field";
import { PinPickerMap } from "./pin-picker-loader";

type Props = { draft: ApplicationDraft; target: FormTarget; baseMap: BaseMapConfig; facilities: FacilityOption[]; limits: PhotoLimits };

export function ApplicationForm({ draft, target, baseMap, facilities, limits }: Props) {
  const t = useTranslations("merchants.form");
  const tt = useTranslations("merchants.types");
  const tm = useTranslations("merchants.map");
  const [state, formAction, pending] = useActionState<FormState, FormData>(submitApplicationAction, {});
  const errors = state.errors ?? {};
  // The pin is kept in the tiles' datum, as picked; the server converts it to WGS-84.
  const [pin, setPin] = useState<LatLng | null>(() => (draft.point && baseMap.datum === "GCJ02" ? toGcj02(draft.point) : draft.point));
  const [hours, setHours] = useState(() => ({ is24h: draft.is_24h, groups: groupsFromSpans(draft.hours) }));
  const [kept, setKept] = useState(() => draft.photos.map((p) => p.key));
  const [added, setAdded] = useState<NewPhoto[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) summary.current?.focus();
  }, [state]);

  function submit(e: FormEvent<HTMLFormElement>) {
    // Sent by hand rather than through `action`, so that React does not reset the fields on an error.
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    for (const p of added) data.append("photos", p.file);
    startTransition(() => formAction(data));
  }

  const wgs = pin && toWgs84(pin, baseMap.datum);
  const locationError = errors.location ?? errors.lat ?? errors.lng ?? errors.datum;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <input type="hidden" name="target" value={target.kind} />
      {target.kind === "venue" ? <input type="hidden" name="place_id" value={target.placeId} /> : null}
      {target.kind === "resubmit" ? (
        <>
          <input type="hidden" name="application_id" value={target.applicationId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      ) : null}
      <input type="hidden" name="lat" value={pin?.lat ?? ""} />
      <input type="hidden" name="lng" value={pin?.lng ?? ""} />
      <input type="hidden" name="datum" value={baseMap.datum} />
      <input type="hidden" name="hours" value={JSON.stringify(hours.is24h ? [] : spansFromGroups(hours.groups))} />

      <div ref={summary} tabIndex={-1} className="empty:hidden">
        {state.message ? (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>

      <Section title={t("business")}>
        <TextField name="business_name" label={t("businessName")} hint={t("businessNameHint")} maxLength={60} defaultValue={draft.business_name} error={errors.business_name} />
        <TextField
          name="credit_code"
          label={t("creditCode")}
          hint={t("creditCodeHint")}
          maxLength={18}
          autoComplete="off"
          defaultValue={draft.credit_code}
          error={errors.credit_code}
          className="[&_input]:font-mono [&_input]:uppercase"
        />
        <div>
          <label htmlFor={fieldId("business_type")} className="block font-semibold text-stone-900">
            {t("businessType")}
            <RequiredMark required />
          </label>
          <select
            id={fieldId("business_type")}
            name="business_type"
            defaultValue={draft.business_type}
            aria-invalid={errors.business_type ? true : undefined}
            aria-describedby={describedBy(errors.business_type && errorId("business_type"))}
            className={inputClass}
          >
            <option value="">{t("chooseType")}</option>
            {BUSINESS_TYPES.map((type) => (
              <option key={type} value={type}>
                {tt(type)}
              </option>
            ))}
          </select>
          <FieldError name="business_type" message={errors.business_type} />
        </div>
      </Section>

      <Section title={t("location")}>
        <TextField name="address" label={t("address")} hint={t("addressHint")} maxLength={120} autoComplete="street-address" defaultValue={draft.address} error={errors.address} />
        <div id={fieldId("location")} tabIndex={-1}>
          <p className="font-semibold text-stone-900">
            {t("pin")}
            <RequiredMark required />
          </p>
          <p id={hintId("location")} className="mb-2 text-sm text-stone-700">
            {t("pinHint")}
          </p>
          <PinPickerMap baseMap={baseMap} value={pin} onPick={setPin} describedBy={hintId("location")} />
          <p role="status" aria-describedby={describedBy(locationError && errorId("location"))} className="mt-2 font-semibold tabular-nums">
            {wgs ? tm("chosen", { lat: wgs.lat.toFixed(5), lng: wgs.lng.toFixed(5) }) : tm("none")}
          </p>
          <FieldError name="location" message={locationError} />
        </div>
      </Section>

      <Section title={t("contact")}>
        <TextField name="phone" type="tel" label={t("phone")} hint={t("phoneHint")} required={false} inputMode="tel" autoComplete="tel" maxLength={20} defaultValue={draft.phone} error={errors.phone} />
        <TextField name="description" label={t("description")} hint={t("descriptionHint")} required={false} multiline maxLength={300} defaultValue={draft.description} error={errors.description} />
      </Section>

      <Section title={t("hours")}>
        <HoursEditor is24h={hours.is24h} groups={hours.groups} onChange={setHours} error={errors.hours} />
      </Section>

      <fieldset id={fieldId("facilities")} tabIndex={-1} aria-describedby={describedBy(hintId("facilities"), errors.facilities && errorId("facilities"))} className="min-w-0 space-y-3 rounded-lg border border-stone-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-stone-900">
          {t("services")}
          <RequiredMark required />
        </legend>
        <p id={hintId("facilities")} className="text-sm text-stone-700">
          {t("servicesHint")}
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {facilities.map((f) => (
            <label key={f.code} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-stone-400 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="checkbox" name="facilities" value={f.code} defaultChecked={draft.facilities.includes(f.code)} className="size-5 shrink-0 accent-brand-700" />
              <span aria-hidden="true">{f.icon}</span>
              <span>{f.name}</span>
            </label>
          ))}
        </div>
        <FieldError name="facilities" message={errors.facilities} />
      </fieldset>

      <Section title={t("photos")}>
        <PhotoField existing={draft.photos} kept={kept} onKeptChange={setKept} added={added} onAddedChange={setAdded} limits={limits} error={errors.photos} />
      </Section>

      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? t("submitting") : target.kind === "resubmit" ? t("resubmit") : t("submit")}
      </button>
    </form>
  );
}
