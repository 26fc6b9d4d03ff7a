"use client";

import { useTranslations } from "next-intl";
import { answerSupervisionAction, superviseAction } from "@/lib/cases/workflow/actions";
import { CaseIds } from "./case-ids";
import { CommandMessage, SubmitButton, TextArea, TextInput } from "./fields";
import { useCommand } from "./use-command";

/** 发起督办: an officer or administrator; the number and the deadline are the server's. */
export function SuperviseForm({ caseId }: { caseId: string }) {
  const t = useTranslations("dashboard.supervision");
  const { state, pending, onSubmit, formRef } = useCommand(superviseAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
      <CaseIds caseId={caseId} />
      <TextArea id="supervise-reason" name="reason" label={t("reason")} state={state} maxLength={2000} />
      <TextInput id="supervise-ordered-by" name="orderedBy" label={t("orderedBy")} state={state} required={false} maxLength={100} />
      <TextInput id="supervise-days" name="replyWorkingDays" type="number" min="1" label={t("replyWorkingDays")} state={state} defaultValue="3" />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** 督办反馈: a liaison of the lead department, once per order. */
export function AnswerSupervisionForm({ orderId }: { orderId: string }) {
  const t = useTranslations("dashboard.supervision");
  const { state, pending, onSubmit, formRef } = useCommand(answerSupervisionAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-2 space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      <TextArea id={`answer-${orderId}`} name="answer" label={t("answer")} state={state} maxLength={4000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("answerSubmit")}</SubmitButton>
    </form>
  );
}
