"use client";

import { useTranslations } from "next-intl";
import { RATINGS } from "@/lib/cases/schema";
import { describedBy, inputClass, primaryButton } from "@/lib/cases/intake/components/form-fields";

/** 满意 / 基本满意 / 不满意 for a resolved case; 不满意 sends it back for another round. */
export function RatingForm({ action, pending, reference, secret, message }: { action: (f: FormData) => void; pending: boolean; reference: string; secret: string; message?: string }) {
  const t = useTranslations("cases.rating");
  return (
    <form action={action} className="space-y-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="secret" value={secret} />
      <fieldset aria-describedby={describedBy(message && "rating-error")}>
        <legend className="mb-2 font-bold">{t("legend")}</legend>
        <div className="space-y-2">
          {RATINGS.map((r) => (
            <label key={r} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-stone-400 bg-white px-3 has-[:checked]:border-brand-700">
              <input type="radio" name="rating" value={r} required className="size-5 accent-brand-700" />
              {t(`options.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-stone-800">{t("unsatisfiedNote")}</p>
      <div>
        <label htmlFor="rating-comment" className="block font-semibold">
          {t("comment")}
        </label>
        <textarea id="rating-comment" name="comment" rows={3} maxLength={500} className={inputClass} />
      </div>
      {message ? (
        <p id="rating-error" role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 font-medium text-red-900">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} aria-busy={pending} className={`${primaryButton} w-full`}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
