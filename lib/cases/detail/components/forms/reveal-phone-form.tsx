"use client";

import { useTranslations } from "next-intl";
import { revealPhoneAction } from "@/lib/cases/workflow/actions";
import { CommandSection, secondaryButton, SubmitButton, TextInput } from "./fields";
import { useCommand } from "./use-command";

/** Officers only: the full number, after giving a reason that goes into the access log. */
export function RevealPhoneForm({ caseId }: { caseId: string }) {
  const t = useTranslations("dashboard.reveal");
  const { state, pending, onSubmit, formRef } = useCommand(revealPhoneAction);
  return (
    <CommandSection title={t("summary")}>
      <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
        <input type="hidden" name="caseId" value={caseId} />
        <TextInput id="reveal-reason" name="reason" label={t("reason")} state={state} maxLength={500} />
        {state.message ? (
          <p role="alert" className="font-semibold text-red-900">
            {state.message}
          </p>
        ) : null}
        <p role="status" className="font-mono text-lg font-bold">
          {state.ok && state.phone ? t("phone", { phone: state.phone }) : null}
        </p>
        <SubmitButton pending={pending} className={secondaryButton}>
          {t("submit")}
        </SubmitButton>
      </form>
    </CommandSection>
  );
}
