"use client";

import { useTranslations } from "next-intl";
import { decideExtensionAction, requestExtensionAction } from "@/lib/cases/workflow/actions";
import { CommandMessage, secondaryButton, SubmitButton, TextArea, TextInput } from "./fields";
import { endOfChinaDay, useCommand } from "./use-command";

/** 延期申请 by the lead department: a reason and a later date (the end of that day, China time). */
export function ExtensionRequestForm({ caseId, minDate }: { caseId: string; minDate: string }) {
  const t = useTranslations("dashboard.forms");
  const { state, pending, onSubmit, formRef } = useCommand(requestExtensionAction, {
    prepare: (fd) => {
      fd.set("proposedDueAt", endOfChinaDay(String(fd.get("proposedDueAt") ?? "")));
      return fd;
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea id="extension-reason" name="reason" label={t("extensionReason")} state={state} maxLength={2000} />
      <TextInput id="extension-date" name="proposedDueAt" type="date" label={t("proposedDate")} state={state} min={minDate} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** An officer approves or refuses a pending extension request. */
export function ExtensionDecisionForm({ extensionId }: { extensionId: string }) {
  const t = useTranslations("dashboard.extensions");
  const { state, pending, onSubmit, formRef } = useCommand(decideExtensionAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-2 space-y-2">
      <input type="hidden" name="extensionId" value={extensionId} />
      <TextArea id={`decision-note-${extensionId}`} name="note" label={t("decisionNote")} state={state} required={false} maxLength={1000} rows={2} />
      <CommandMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} name="approve" value="true">
          {t("approve")}
        </SubmitButton>
        <SubmitButton pending={pending} name="approve" value="false" className={secondaryButton}>
          {t("refuse")}
        </SubmitButton>
      </div>
    </form>
  );
}
