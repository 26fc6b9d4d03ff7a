"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { BaseMapConfig } from "@/lib/places/map/components/base-map";
import { Link } from "@/lib/i18n/navigation";
import { fieldId, primaryButton, secondaryButton } from "./form-fields";
import type { PhotoItem, PhotoLimits } from "./photo-picker";
import { newIdempotencyKey, useReportDraft } from "./report-draft";
import { ReportResult } from "./report-result";
import { checkAll, checkStep, firstStepWithError, stepOfField, STEPS, type Catalogue, type ErrorKeys, type ReportMode } from "./report-steps";
import { buildCaseForm, postCase, sendIntake } from "./send-report";
import { StepCategory, StepGroup } from "./step-category";
import { StepContact } from "./step-contact";
import { StepDetails } from "./step-details";
import { StepLocation } from "./step-location";
import { StepReview } from "./step-review";
import { UploadProgress } from "./upload-progress";

type Props = { catalogue: Catalogue; baseMap: BaseMapConfig; limits: PhotoLimits; mode?: ReportMode };
type Done = { kind: "filed"; reference: string; secret: string; smsSent: boolean } | { kind: "joined" };

/** The grievance form, one question at a time; also the staff desk's intake form (mode "staff"). */
export function ReportForm({ catalogue, baseMap, limits, mode = "worker" }: Props) {
  const t = useTranslations("cases.form");
  const tRoot = useTranslations();
  const locale = useLocale();
  const { draft, restored, update, clear } = useReportDraft(mode);
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const inFlight = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const photosRef = useRef(photos);

  const step = Math.min(Math.max(draft.step, 0), STEPS.length - 1);
  const name = STEPS[step]!;
  const ctx = { catalogue, mode, photoCount: photos.length };
  const translate = (keys: ErrorKeys) => Object.fromEntries(Object.entries(keys).map(([f, k]) => [f, tRoot(k as never)]));

  useEffect(() => {
    photosRef.current = photos;
  });
  useEffect(() => () => photosRef.current.forEach((p) => URL.revokeObjectURL(p.url)), []);
  // Focus follows the worker to each new step, so a screen reader starts reading at its title.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [step]);

  function goTo(next: number) {
    focusHeading.current = true;
    setMessage(null);
    update({ step: next });
  }

  function next() {
    const found = checkStep(name, draft, ctx);
    const others = Object.fromEntries(Object.entries(errors).filter(([f]) => stepOfField(f) !== name));
    setErrors({ ...others, ...translate(found) });
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
    else goTo(step + 1);
  }

  async function submit() {
    if (inFlight.current) return; // a double tap; the Idempotency-Key would make it harmless anyway
    const found = checkAll(draft, ctx);
    if (Object.keys(found).length) return fail(translate(found), t("fixErrors"));
    inFlight.current = true;
    setSending(true);
    setMessage(null);
    const key = draft.key || newIdempotencyKey();
    if (!draft.key) update({ key });
    const form = buildCaseForm(draft, photos.map((p) => p.file), catalogue);
    try {
      const outcome =
        mode === "staff"
          ? await sendIntake(form, key, draft.channel, tRoot("caseErrors.generic"))
          : await postCase(form, key, locale, tRoot("caseErrors.generic"), (f) => setProgress(Math.round(f * 100)));
      if (outcome.ok) {
        const smsSent = Boolean(draft.contactPhone.trim());
        clear();
        photos.forEach((p) => URL.revokeObjectURL(p.url));
        setPhotos([]);
        setErrors({});
        setDone({ kind: "filed", reference: outcome.reference, secret: outcome.secret, smsSent });
      } else {
        if (outcome.keyUsed) update({ key: newIdempotencyKey() });
        fail(outcome.fields, outcome.message);
      }
    } catch {
      // No answer (offline, timed out): sending again reuses the key, so at most one case is filed.
      setMessage(t("network"));
    } finally {
      inFlight.current = false;
      setSending(false);
      setProgress(null);
    }
  }

  // A new choice answers the old complaint: no red message stays inside the green "已选择" box.
  function clearLocationErrors() {
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => stepOfField(f) !== "location")));
    setMessage(null);
  }

  function joined() {
    clear();
    setDone({ kind: "joined" });
  }

  function fail(fields: Record<string, string>, text: string) {
    setErrors(fields);
    setMessage(text);
    const target = firstStepWithError(Object.keys(fields));
    if (target !== step) goTo(target);
    else heading.current?.focus();
  }

  if (done?.kind === "filed") {
    return <ReportResult reference={done.reference} secret={done.secret} smsSent={done.smsSent} staff={mode === "staff"} onAnother={() => setDone(null)} />;
  }
  if (done?.kind === "joined") {
    return (
      <section aria-labelledby="joined-heading" className="space-y-3 rounded-lg border-2 border-green-800 bg-green-50 p-4">
        <h2 id="joined-heading" tabIndex={-1} ref={(el) => el?.focus()} className="text-xl font-bold text-green-900">
          {t("joinedTitle")}
        </h2>
        <p>{t("joined")}</p>
        <Link href="/" className={primaryButton}>
          {t("home")}
        </Link>
      </section>
    );
  }

  const stepProps = { draft, update, errors, catalogue, mode };
  const last = step === STEPS.length - 1;
  return (
    // Not a <form>: steps hold their own small forms (station search), and nothing here submits on Enter.
    <div aria-busy={!restored} className="space-y-5">
      <div>
        <p className="text-sm font-semibold text-brand-800">{t("stepOf", { n: step + 1, total: STEPS.length })}</p>
        <ol aria-hidden="true" className="mt-1 flex gap-1">
          {STEPS.map((s, i) => (
            <li key={s} className={`h-1.5 flex-1 rounded-full ${i <= step ? "bg-brand-700" : "bg-stone-300"}`} />
          ))}
        </ol>
        <h2 ref={heading} tabIndex={-1} className="mt-2 scroll-mt-20 text-xl font-bold text-stone-900">
          {tRoot(`cases.steps.${name}`)}
        </h2>
      </div>
      {message ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {message}
        </p>
      ) : null}

      {name === "group" ? <StepGroup {...stepProps} /> : null}
      {name === "category" ? <StepCategory {...stepProps} /> : null}
      {name === "details" ? <StepDetails {...stepProps} photos={photos} onPhotosChange={setPhotos} limits={limits} /> : null}
      {name === "location" ? <StepLocation {...stepProps} baseMap={baseMap} onJoined={joined} onChosen={clearLocationErrors} /> : null}
      {name === "contact" ? <StepContact {...stepProps} photoCount={photos.length} /> : null}
      {name === "review" ? <StepReview {...stepProps} photos={photos} onEdit={goTo} /> : null}

      {sending && progress !== null ? <UploadProgress percent={progress} label={t("uploadProgress")} /> : null}
      <div className="flex gap-3 pt-2">
        {step > 0 ? (
          <button type="button" onClick={() => goTo(step - 1)} className={`${secondaryButton} flex-1`}>
            {t("back")}
          </button>
        ) : null}
        {last ? (
          <button type="button" onClick={() => void submit()} disabled={sending} aria-busy={sending} className={`${primaryButton} flex-[2]`}>
            {sending ? t("sending") : t(mode === "staff" ? "submitStaff" : "submit")}
          </button>
        ) : (
          <button type="button" onClick={next} className={`${primaryButton} flex-[2]`}>
            {t("next")}
          </button>
        )}
      </div>
    </div>
  );
}
