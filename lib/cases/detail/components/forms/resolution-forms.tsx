"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { TRANSITIONS } from "@/lib/cases/workflow/workflow";
import { assessAction, resolveAction } from "@/lib/cases/workflow/actions";
import type { CannedReplyOption } from "@/lib/cases/detail/types";
import { CannedReplies } from "./canned-replies";
import { CaseIds } from "./case-ids";
import { CommandMessage, SubmitButton, TextArea } from "./fields";
import { useCommand } from "./use-command";

type Base = { caseId: string; version: number };
const OUTCOMES = ["RESOLVED", "EXPLAINED", "REFERRED"] as const;

/** 办结: the outcome and the public reply the worker will rate. */
export function ResolveForm({ caseId, version, cannedReplies }: Base & { cannedReplies: CannedReplyOption[] }) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(resolveAction);
  const reply = useRef<HTMLTextAreaElement>(null);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <fieldset aria-describedby={state.errors?.outcome ? "resolve-outcome-error" : undefined}>
        <legend className="font-semibold">{t("forms.outcome")}</legend>
        <div className="flex flex-wrap gap-4">
          {OUTCOMES.map((o) => (
            <label key={o} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="outcome" value={o} required defaultChecked={o === "RESOLVED"} className="size-5" />
              {t(`outcomes.${o}`)}
            </label>
          ))}
        </div>
        {state.errors?.outcome ? (
          <p id="resolve-outcome-error" className="font-medium text-red-800">
            {state.errors.outcome}
          </p>
        ) : null}
      </fieldset>
      <CannedReplies replies={cannedReplies} target={reply} />
      <TextArea id="resolve-reply" name="reply" label={t("forms.reply")} state={state} hint={t("forms.replyHint")} maxLength={4000} rows={5} textareaRef={reply} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.resolve")}</SubmitButton>
    </form>
  );
}

/** 成效评估: the officer's score closes the case after the worker's rating. */
export function AssessForm({ caseId, version }: Base) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(assessAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <fieldset>
        <legend className="font-semibold">{t("forms.score")}</legend>
        <div className="flex flex-wrap gap-4">
          {[1, 2, 3, 4, 5].map((s) => (
            <label key={s} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="score" value={s} required className="size-5" />
              {t("forms.scoreOption", { score: s })}
            </label>
          ))}
        </div>
        {state.errors?.score ? <p className="font-medium text-red-800">{state.errors.score}</p> : null}
      </fieldset>
      <TextArea id="assess-note" name="note" label={t("forms.note")} state={state} required={false} hint={t(TRANSITIONS.assess.public ? "forms.notePublic" : "forms.noteInternal")} maxLength={2000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.assess")}</SubmitButton>
    </form>
  );
}
