"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { handOffToTrack, saveCase } from "@/lib/cases/tracking/saved-cases";
import { primaryButton, secondaryButton } from "./form-fields";

/**
 * Shown after filing: the reference and the tracking code, large, to copy or keep on this device
 * (the worker's saved cases, listed under "我的"). "查看办理进度" hands both to /track in session
 * storage, so the code never goes into a URL.
 */
export function ReportResult({ reference, secret, smsSent, staff, onAnother }: { reference: string; secret: string; smsSent: boolean; staff: boolean; onAnother: () => void }) {
  const t = useTranslations("cases.result");
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<"idle" | "saved" | "failed">("idle");
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="result-heading" className="space-y-4">
      <h2 id="result-heading" ref={heading} tabIndex={-1} className="scroll-mt-20 text-xl font-bold text-green-900">
        {t(staff ? "titleStaff" : "title")}
      </h2>
      <p role="alert" className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">
        {t(staff ? "warningStaff" : "warning")}
      </p>
      <CopyField label={t("reference")} value={reference} testId="case-reference" />
      <CopyField label={t("secret")} value={secret} testId="case-secret" />
      {smsSent ? <p className="text-stone-800">{t(staff ? "smsSentStaff" : "smsSent")}</p> : <p className="text-stone-800">{t("noSms")}</p>}
      {/* A staff computer at the hall is not the worker's device: nothing is kept there. */}
      {staff ? null : (
        <div>
          <button type="button" onClick={() => setSaved(saveCase(reference, secret) ? "saved" : "failed")} className={`${secondaryButton} w-full`}>
            {t("save")}
          </button>
          <p role="status" className="min-h-5 text-sm font-medium text-stone-900">
            {saved === "saved" ? t("saved") : saved === "failed" ? t("saveFailed") : ""}
          </p>
        </div>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        {staff ? null : (
          <button
            type="button"
            onClick={() => {
              handOffToTrack(reference, secret);
              router.push("/track");
            }}
            className={primaryButton}
          >
            {t("track")}
          </button>
        )}
        <button type="button" onClick={onAnother} className={secondaryButton}>
          {t(staff ? "anotherStaff" : "another")}
        </button>
      </div>
    </section>
  );
}

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useTranslations("cases.result");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // No clipboard (an old browser or a page not served over HTTPS): the worker writes it down.
      setState("failed");
    }
  }
  return (
    <div className="rounded-lg border-2 border-stone-400 bg-white p-3">
      <p className="text-sm font-semibold text-stone-800">{label}</p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <output data-testid={testId} className="select-all break-all font-mono text-3xl font-bold tracking-wider text-stone-900">
          {value}
        </output>
        <button type="button" onClick={() => void copy()} className={secondaryButton}>
          {t("copy")}
          <span className="sr-only">{label}</span>
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm font-medium text-stone-900">
        {state === "copied" ? t("copied", { label }) : state === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
