"use client";

import { useTranslations } from "next-intl";
import { chaseAction } from "@/lib/cases/workflow/actions";
import { CaseIds } from "./case-ids";
import { CommandMessage, SubmitButton, TextArea } from "./fields";
import { useCommand } from "./use-command";

/** 催办: the note goes to the lead department's liaisons and head, and onto the internal timeline. */
export function ChaseForm({ caseId }: { caseId: string }) {
  const t = useTranslations("dashboard.chase");
  const { state, pending, onSubmit, formRef } = useCommand(chaseAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
      <CaseIds caseId={caseId} />
      <TextArea id="chase-note" name="note" label={t("note")} hint={t("hint")} state={state} maxLength={1000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
