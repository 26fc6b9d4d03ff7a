"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { Checkbox, describedBy, errorId, FieldError, FieldLabel, fieldId, inputClass } from "./form-fields";
import { sendsLocation, type StepProps } from "./report-steps";

export function StepContact({ draft, update, errors, mode, catalogue, photoCount }: StepProps & { photoCount: number }) {
  const t = useTranslations("cases.contact");
  const staff = mode === "staff";
  return (
    <div className="space-y-5">
      {staff ? (
        <div>
          <FieldLabel field="channel" required>
            {t("channel")}
          </FieldLabel>
          <select
            id={fieldId("channel")}
            value={draft.channel}
            onChange={(e) => update({ channel: e.target.value as typeof draft.channel })}
            required
            aria-invalid={errors.channel ? true : undefined}
            aria-describedby={describedBy(errors.channel && errorId("channel"))}
            className={inputClass}
          >
            <option value="">{t("channelChoose")}</option>
            <option value="HALL_WINDOW">{t("channels.HALL_WINDOW")}</option>
            <option value="HOTLINE_12328">{t("channels.HOTLINE_12328")}</option>
          </select>
          <FieldError field="channel" message={errors.channel} />
        </div>
      ) : null}

      <Checkbox field="anonymous" checked={draft.anonymous} onChange={(anonymous) => update({ anonymous })} error={errors.anonymous}>
        <span className="font-semibold">{t(staff ? "anonymousStaff" : "anonymous")}</span>
        <span className="block text-sm text-stone-700">{t("anonymousHint")}</span>
      </Checkbox>

      {!draft.anonymous ? (
        <div>
          <FieldLabel field="contact_name" required={false}>
            {t(staff ? "nameStaff" : "name")}
          </FieldLabel>
          <input
            id={fieldId("contact_name")}
            value={draft.contactName}
            onChange={(e) => update({ contactName: e.target.value })}
            maxLength={40}
            autoComplete={staff ? "off" : "name"}
            aria-invalid={errors.contact_name ? true : undefined}
            aria-describedby={describedBy(errors.contact_name && errorId("contact_name"))}
            className={inputClass}
          />
          <FieldError field="contact_name" message={errors.contact_name} />
        </div>
      ) : null}

      <div>
        <FieldLabel field="contact_phone" required={false}>
          {t(staff ? "phoneStaff" : "phone")}
        </FieldLabel>
        <p id={`${fieldId("contact_phone")}-hint`} className="text-sm text-stone-800">
          {t(draft.anonymous ? "phoneHintAnonymous" : "phoneHint")}
        </p>
        <input
          id={fieldId("contact_phone")}
          type="tel"
          inputMode="numeric"
          value={draft.contactPhone}
          onChange={(e) => update({ contactPhone: e.target.value })}
          maxLength={11}
          autoComplete={staff ? "off" : "tel-national"}
          aria-invalid={errors.contact_phone ? true : undefined}
          aria-describedby={describedBy(`${fieldId("contact_phone")}-hint`, errors.contact_phone && errorId("contact_phone"))}
          className={inputClass}
        />
        <FieldError field="contact_phone" message={errors.contact_phone} />
      </div>

      <PrivacyConsent {...{ draft, update, errors, staff, photoCount }} withLocation={sendsLocation(draft, catalogue)} />
    </div>
  );
}

/** The short notice in plain words, and the worker's explicit consent, recorded against its version. */
function PrivacyConsent({ draft, update, errors, staff, photoCount, withLocation }: Pick<StepProps, "draft" | "update" | "errors"> & { staff: boolean; photoCount: number; withLocation: boolean }) {
  const t = useTranslations("cases.consent");
  return (
    <section aria-labelledby="privacy-heading" className="space-y-3 rounded-lg border-2 border-stone-400 bg-white p-3">
      <h3 id="privacy-heading" className="font-bold">
        {t("title")}
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-stone-800">
        <li>{t("what")}</li>
        <li>{t("why")}</li>
        <li>{t("who")}</li>
        <li>{t("employers")}</li>
        <li>{t("keep")}</li>
      </ul>
      <p>
        <Link href="/privacy" target="_blank" className="inline-block min-h-11 py-2 font-semibold text-blue-800 underline">
          {t("full", { version: PRIVACY_NOTICE_VERSION })}
        </Link>
      </p>
      {staff ? <p className="font-medium text-stone-900">{t("staffRead")}</p> : null}
      <Checkbox field="consent" checked={draft.consentNotice} onChange={(consentNotice) => update({ consentNotice })} error={errors.consent}>
        {t(staff ? "acceptStaff" : "accept", { version: PRIVACY_NOTICE_VERSION })}
      </Checkbox>
      {withLocation ? (
        <Checkbox field="consent_location" checked={draft.consentLocation} onChange={(consentLocation) => update({ consentLocation })} error={errors.consent_location}>
          {t(staff ? "locationStaff" : "location")}
        </Checkbox>
      ) : null}
      {photoCount > 0 ? (
        <Checkbox field="consent_photos" checked={draft.consentPhotos} onChange={(consentPhotos) => update({ consentPhotos })} error={errors.consent_photos}>
          {t(staff ? "photosStaff" : "photos", { count: photoCount })}
        </Checkbox>
      ) : null}
    </section>
  );
}
