"use client";

import { useTranslations } from "next-intl";
import { KNOWN_EMPLOYERS, MAX_DESCRIPTION } from "@/lib/cases/schema";
import { describedBy, errorId, FieldError, FieldLabel, fieldId, inputClass } from "./form-fields";
import { PhotoPicker, type PhotoItem, type PhotoLimits } from "./photo-picker";
import type { StepProps } from "./report-steps";
import { VoiceInput } from "./voice-input";

type Props = StepProps & { photos: PhotoItem[]; onPhotosChange: (photos: PhotoItem[]) => void; limits: PhotoLimits };

export function StepDetails({ draft, update, errors, mode, photos, onPhotosChange, limits }: Props) {
  const t = useTranslations("cases.details");
  const known = (KNOWN_EMPLOYERS as readonly string[]).includes(draft.employer);
  const count = draft.description.length;
  return (
    <div className="space-y-6">
      <div>
        <FieldLabel field="description" required>
          {t(mode === "staff" ? "descriptionStaff" : "description")}
        </FieldLabel>
        <p id={`${fieldId("description")}-hint`} className="text-sm text-stone-700">
          {t("descriptionHint")}
        </p>
        <textarea
          id={fieldId("description")}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
          rows={7}
          maxLength={MAX_DESCRIPTION}
          required
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(`${fieldId("description")}-hint`, `${fieldId("description")}-count`, errors.description && errorId("description"))}
          className={inputClass}
        />
        <p id={`${fieldId("description")}-count`} className={`mt-1 text-right text-sm tabular-nums ${count > MAX_DESCRIPTION - 200 ? "font-bold text-red-800" : "text-stone-700"}`}>
          {t("count", { count, max: MAX_DESCRIPTION })}
        </p>
        <FieldError field="description" message={errors.description} />
        {/* Appends, so that speaking twice adds to what was said or typed before. */}
        <VoiceInput onText={(spoken) => update((d) => ({ description: `${d.description}${d.description && !/\s$/.test(d.description) ? " " : ""}${spoken}`.slice(0, MAX_DESCRIPTION) }))} />
      </div>

      <fieldset className="min-w-0">
        <legend className="font-semibold text-stone-900">
          {t("employer")}
          <span className="ml-1 text-sm font-normal text-stone-700">{t("employerOptional")}</span>
        </legend>
        <p className="text-sm text-stone-700">{t("employerHint")}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          {KNOWN_EMPLOYERS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={draft.employer === name}
              onClick={() => update({ employer: draft.employer === name ? "" : name })}
              className="min-h-11 rounded-full border-2 border-stone-500 bg-white px-4 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
            >
              {name}
            </button>
          ))}
        </div>
        <label htmlFor={fieldId("employer")} className="mt-3 block font-medium">
          {t("employerOther")}
        </label>
        <input
          id={fieldId("employer")}
          value={known ? "" : draft.employer}
          onChange={(e) => update({ employer: e.target.value })}
          maxLength={60}
          autoComplete="organization"
          aria-invalid={errors.employer ? true : undefined}
          aria-describedby={describedBy(errors.employer && errorId("employer"))}
          className={inputClass}
        />
        <FieldError field="employer" message={errors.employer} />
      </fieldset>

      <PhotoPicker photos={photos} onChange={onPhotosChange} limits={limits} serverError={errors.photos} />
    </div>
  );
}
