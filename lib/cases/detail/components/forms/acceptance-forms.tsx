"use client";

import { useTranslations } from "next-intl";
import { acceptAction, declineAction, mergeAction } from "@/lib/cases/workflow/actions";
import { TRANSITIONS } from "@/lib/cases/workflow/workflow";
import { CaseIds } from "./case-ids";
import { CommandMessage, SelectInput, SubmitButton, TextArea, TextInput } from "./fields";
import { useCommand } from "./use-command";

type Base = { caseId: string; version: number };
const PRIORITIES = ["NORMAL", "COMPLEX", "URGENT"] as const;

/** 受理: confirm (or correct) the category and set the priority that picks the deadline rule. */
export function AcceptForm({ caseId, version, categories, category }: Base & { categories: { value: string; label: string }[]; category: string }) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(acceptAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <SelectInput id="accept-category" name="category" label={t("forms.category")} state={state} options={categories} defaultValue={category} />
      <fieldset>
        <legend className="font-semibold">{t("forms.priority")}</legend>
        <div className="flex flex-wrap gap-4">
          {PRIORITIES.map((p) => (
            <label key={p} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="priority" value={p} defaultChecked={p === "NORMAL"} className="size-5" />
              {t(`priorities.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id="accept-note" name="note" label={t("forms.note")} state={state} required={false} hint={t(TRANSITIONS.accept.public ? "forms.notePublic" : "forms.noteInternal")} maxLength={2000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.accept")}</SubmitButton>
    </form>
  );
}

/** 不予受理: the worker reads the reason and where to turn instead. */
export function DeclineForm({ caseId, version }: Base) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(declineAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <TextArea id="decline-reason" name="reason" label={t("forms.reason")} state={state} hint={t("forms.notePublic")} maxLength={2000} />
      <TextArea id="decline-suggestion" name="suggestion" label={t("forms.suggestion")} state={state} maxLength={500} rows={2} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.decline")}</SubmitButton>
    </form>
  );
}

/** 合并: a duplicate joins the case with the given reference. */
export function MergeForm({ caseId, version }: Base) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(mergeAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <TextInput id="merge-target" name="targetReference" label={t("forms.targetReference")} state={state} hint={t("forms.targetHint")} maxLength={30} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.merge")}</SubmitButton>
    </form>
  );
}
