"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PhotoItem } from "./photo-picker";
import { locationRule, sendsLocation, STEPS, stepOfField, type StepName, type StepProps } from "./report-steps";

type Props = Pick<StepProps, "draft" | "catalogue" | "mode" | "errors"> & { photos: PhotoItem[]; onEdit: (step: number) => void };

/** Everything in one place before sending, each part with a way back to change it. */
export function StepReview({ draft, catalogue, mode, errors, photos, onEdit }: Props) {
  const t = useTranslations("cases.review");
  const ts = useTranslations("cases.steps");
  const tc = useTranslations("cases.contact");
  const format = useFormatter();
  const category = catalogue.categories.find((c) => c.code === draft.category);
  const group = catalogue.worker_groups.find((g) => g.code === draft.workerGroup);
  const loc = draft.location;
  const answers = (category?.attributes ?? []).filter((a) => draft.attributes[a.code]?.length);
  const flagged = new Set(Object.keys(errors).map(stepOfField));
  const part = (step: StepName, children: ReactNode) => (
    <ReviewPart step={step} title={ts(step)} edit={t("edit")} flagged={flagged.has(step)} onEdit={onEdit}>
      {children}
    </ReviewPart>
  );

  return (
    <div className="space-y-3">
      <p className="text-stone-800">{t(mode === "staff" ? "introStaff" : "intro")}</p>
      {part("group", <p>{group?.name ?? t("missing")}</p>)}
      {part(
        "category",
        <>
          <p>{category?.name ?? t("missing")}</p>
          {answers.map((a) => {
            const v = draft.attributes[a.code]!;
            const names = (Array.isArray(v) ? v : [v]).map((k) => a.values?.find((x) => x.key === k)?.name ?? k);
            return (
              <p key={a.code} className="text-sm">
                {t("answer", { question: a.description, answer: format.list(names) })}
              </p>
            );
          })}
        </>,
      )}
      {part(
        "details",
        <>
          <p className="whitespace-pre-wrap break-words">{draft.description || t("missing")}</p>
          {draft.employer ? <p className="text-sm">{t("employer", { employer: draft.employer })}</p> : null}
          <p className="text-sm">{t("photos", { count: photos.length })}</p>
        </>,
      )}
      {part(
        "location",
        <p>
          {sendsLocation(draft, catalogue) && loc
            ? (loc.placeName ?? t("point", { lat: loc.lat.toFixed(5), lng: loc.lng.toFixed(5) }))
            : locationRule(catalogue, draft.category) !== "REQUIRED" && (draft.locationMethod === "none" || locationRule(catalogue, draft.category) === "NONE")
              ? t("noPlace")
              : t("missing")}
        </p>,
      )}
      {part(
        "contact",
        <>
          {mode === "staff" ? <p>{draft.channel ? tc(`channels.${draft.channel}`) : t("missing")}</p> : null}
          <p>{draft.anonymous ? t("anonymous") : t("named", { name: draft.contactName.trim() || t("noName") })}</p>
          <p>{draft.contactPhone.trim() ? t("phone", { phone: draft.contactPhone.trim() }) : t("noPhone")}</p>
          <p className="text-sm">{draft.consentNotice && (draft.consentLocation || !sendsLocation(draft, catalogue)) ? t("consented") : t("notConsented")}</p>
        </>,
      )}
    </div>
  );
}

function ReviewPart({ step, title, edit, flagged, onEdit, children }: { step: StepName; title: string; edit: string; flagged: boolean; onEdit: (step: number) => void; children: ReactNode }) {
  return (
    <section aria-labelledby={`review-${step}`} className={`rounded-lg border-2 bg-white p-3 ${flagged ? "border-red-700" : "border-stone-300"}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={`review-${step}`} className="font-bold">
          {title}
        </h3>
        <button type="button" onClick={() => onEdit(STEPS.indexOf(step))} className="-mr-1 -mt-2 min-h-11 min-w-11 px-2 font-semibold text-blue-800 underline">
          {edit}
          <span className="sr-only">{title}</span>
        </button>
      </div>
      <div className="mt-1 space-y-1 text-stone-900">{children}</div>
    </section>
  );
}
