"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { KNOWN_EMPLOYERS, MAX_DESCRIPTION, PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import type { PlaceChoice } from "../loaders";
import { fileReportAction, type OnePageState } from "../actions";
import { describedBy, errorId, FieldError, FieldLabel, fieldId, inputClass, primaryButton } from "./form-fields";
import { ReportResult } from "./report-result";
import type { Catalogue } from "./report-steps";

type Props = { catalogue: Catalogue; places: PlaceChoice[]; idempotencyKey: string };
const box = "space-y-3 rounded-lg border-2 border-stone-300 bg-white p-3";

/**
 * The whole report on one page, for browsers without JavaScript (as FixMyStreet does): a plain
 * form post to a server action that files through submitGrievance and renders the result here.
 * No photos: they would need the 60 MB action body this page no longer accepts.
 */
export function OnePageReport({ catalogue, places, idempotencyKey }: Props) {
  const t = useTranslations("cases.onePage");
  const tf = useTranslations("cases.form");
  const tc = useTranslations("cases.contact");
  const tp = useTranslations("cases.consent");
  const format = useFormatter();
  const [state, action] = useActionState<OnePageState, FormData>(fileReportAction, {});
  if (state.ok) return <ReportResult reference={state.ok.reference} secret={state.ok.secret} smsSent={state.ok.smsSent} staff={false} onAnother={() => {}} />;
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const needsPlace = catalogue.categories.filter((c) => c.location === "REQUIRED").map((c) => c.name);
  const select = (field: string, label: string, options: { value: string; label: string }[], required = true) => (
    <div>
      <FieldLabel field={field} required={required}>
        {label}
      </FieldLabel>
      <select id={fieldId(field)} name={field} defaultValue={v[field] ?? ""} required={required} aria-invalid={e[field] ? true : undefined} aria-describedby={describedBy(e[field] && errorId(field))} className={inputClass}>
        <option value="">{t("choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError field={field} message={e[field]} />
    </div>
  );

  return (
    <form action={action} className="space-y-5" noValidate>
      <p className="text-stone-800">{t("intro")}</p>
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="idempotency_key" value={idempotencyKey} />
      {/* Honeypot: hidden from people and from assistive technology. */}
      <input type="text" name="website" tabIndex={-1} autoComplete="off" aria-hidden="true" className="hidden" />

      <Part title={t("about")}>
        {select("worker_group", t("group"), catalogue.worker_groups.map((g) => ({ value: g.code, label: g.name })))}
        {select("category", t("category"), catalogue.categories.map((c) => ({ value: c.code, label: c.name })))}
        {catalogue.categories
          .filter((c) => c.attributes.some((a) => a.datatype !== "multivaluelist"))
          .map((c) => (
            <fieldset key={c.code} className="min-w-0 space-y-2 rounded-md border border-stone-300 p-2">
              <legend className="px-1 text-sm font-semibold">{t("extra", { category: c.name })}</legend>
              {c.attributes
                .filter((a) => a.datatype !== "multivaluelist")
                .map((a) => {
                  const name = `attr.${c.code}.${a.code}`;
                  return (
                    <div key={a.code}>
                      <label htmlFor={fieldId(name)} className="block font-medium">
                        {a.description}
                      </label>
                      {a.values ? (
                        <select id={fieldId(name)} name={name} defaultValue={v[name] ?? ""} className={inputClass}>
                          <option value="">{t("choose")}</option>
                          {a.values.map((o) => (
                            <option key={o.key} value={o.key}>
                              {o.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input id={fieldId(name)} name={name} defaultValue={v[name] ?? ""} inputMode={a.datatype === "number" ? "decimal" : undefined} maxLength={500} className={inputClass} />
                      )}
                    </div>
                  );
                })}
              <FieldError field={`attributes.${c.code}`} message={v.category === c.code ? e.category : undefined} />
            </fieldset>
          ))}
      </Part>

      <Part title={t("what")}>
        <div>
          <FieldLabel field="description" required>
            {t("description")}
          </FieldLabel>
          <textarea id={fieldId("description")} name="description" defaultValue={v.description ?? ""} rows={6} maxLength={MAX_DESCRIPTION} required aria-invalid={e.description ? true : undefined} aria-describedby={describedBy(e.description && errorId("description"))} className={inputClass} />
          <FieldError field="description" message={e.description} />
        </div>
        <div>
          <FieldLabel field="employer" required={false}>
            {t("employer")}
          </FieldLabel>
          <input id={fieldId("employer")} name="employer" list="one-page-employers" defaultValue={v.employer ?? ""} maxLength={60} className={inputClass} />
          <datalist id="one-page-employers">
            {KNOWN_EMPLOYERS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
      </Part>

      <Part title={t("where")}>
        <p className="text-sm text-stone-800">{t("whereHint", { categories: format.list(needsPlace) })}</p>
        <fieldset id={fieldId("location")} className="min-w-0 space-y-3" aria-describedby={describedBy(e.location && errorId("location"))}>
          <legend className="sr-only">{t("where")}</legend>
          <Choice value="place" checked={v.location_choice === "place"} label={t("byPlace")}>
            {select("place_id", t("place"), places.map((p) => ({ value: p.id, label: p.name })), false)}
          </Choice>
          <Choice value="coords" checked={v.location_choice === "coords"} label={t("byCoords")}>
            <div className="grid grid-cols-2 items-end gap-2">
              <Text name="lat" label={t("lat")} value={v.lat} inputMode="decimal" />
              <Text name="lng" label={t("lng")} value={v.lng} inputMode="decimal" />
            </div>
          </Choice>
          <Choice value="none" checked={v.location_choice === "none"} label={t("noPlace")} />
          <FieldError field="location" message={e.location} />
        </fieldset>
      </Part>

      <Part title={t("contact")}>
        <Check name="anonymous" checked={v.anonymous === "on"}>{tc("anonymous")}</Check>
        <Text name="contact_name" label={tc("name")} value={v.contact_name} error={e.contact_name} autoComplete="name" />
        <Text name="contact_phone" label={tc("phone")} value={v.contact_phone} error={e.contact_phone} inputMode="tel" autoComplete="tel" />
        <p className="text-sm text-stone-700">{tc("phoneHint")}</p>
      </Part>

      <Part title={tp("title")}>
        <p className="text-stone-800">{tp("what")} {tp("why")} {tp("employers")}</p>
        <Link href="/privacy" className="inline-block min-h-11 py-2 font-semibold text-blue-800 underline">
          {tp("full", { version: PRIVACY_NOTICE_VERSION })}
        </Link>
        <Check name="consent" checked={v.consent === "on"} error={e.consent}>{tp("accept", { version: PRIVACY_NOTICE_VERSION })}</Check>
        <Check name="consent_location" checked={v.consent_location === "on"}>{t("consentLocation")}</Check>
      </Part>

      <button type="submit" className={`${primaryButton} w-full`}>
        {tf("submit")}
      </button>
    </form>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={box}>
      <h2 className="text-lg font-bold text-stone-900">{title}</h2>
      {children}
    </section>
  );
}

function Choice({ value, checked, label, children }: { value: string; checked: boolean; label: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border-2 border-stone-400 p-2 has-[input[type=radio]:checked]:border-brand-700">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
        <input type="radio" name="location_choice" value={value} defaultChecked={checked} className="size-5 accent-brand-700" />
        {label}
      </label>
      {children ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}

function Text({ name, label, value, error, inputMode, autoComplete }: { name: string; label: string; value?: string; error?: string; inputMode?: "decimal" | "tel"; autoComplete?: string }) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-medium">
        {label}
      </label>
      <input id={fieldId(name)} name={name} defaultValue={value ?? ""} inputMode={inputMode} autoComplete={autoComplete} maxLength={40} aria-invalid={error ? true : undefined} aria-describedby={describedBy(error && errorId(name))} className={inputClass} />
      <FieldError field={name} message={error} />
    </div>
  );
}

function Check({ name, checked, error, children }: { name: string; checked: boolean; error?: string; children: ReactNode }) {
  return (
    <div>
      <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-stone-400 bg-white p-3 has-[:checked]:border-brand-700">
        <input id={fieldId(name)} type="checkbox" name={name} defaultChecked={checked} aria-invalid={error ? true : undefined} aria-describedby={describedBy(error && errorId(name))} className="mt-0.5 size-5 shrink-0 accent-brand-700" />
        <span>{children}</span>
      </label>
      <FieldError field={name} message={error} />
    </div>
  );
}
