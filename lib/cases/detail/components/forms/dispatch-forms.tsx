"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { dispatchAction, returnAction, signAction, startConsultationAction, concludeConsultationAction } from "@/lib/cases/workflow/actions";
import { TRANSITIONS, type TransitionName } from "@/lib/cases/workflow/workflow";
import type { DepartmentOption } from "@/lib/cases/detail/types";
import { CaseIds } from "./case-ids";
import { CommandMessage, SelectInput, SubmitButton, TextArea } from "./fields";
import { useCommand } from "./use-command";

type Base = { caseId: string; version: number };

/** 派单 (also 重新派单 and 重办派单): one lead department and any assisting ones. */
export function DispatchForm({ caseId, version, name, departments, lead, assisting }: Base & { name: TransitionName; departments: DepartmentOption[]; lead: string | null; assisting: string[] }) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(dispatchAction);
  const [leadId, setLeadId] = useState(lead ?? "");
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <SelectInput id={`${name}-lead`} name="leadDepartmentId" label={t("forms.lead")} state={state} options={departments} defaultValue={lead ?? ""} placeholder={t("forms.choose")} onChange={setLeadId} />
      <fieldset>
        <legend className="font-semibold">
          {t("forms.assisting")}
          <span className="ml-1 text-sm font-normal text-stone-700">{t("forms.optional")}</span>
        </legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {departments.map((d) => (
            <label key={d.value} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="assistingDepartmentIds" value={d.value} defaultChecked={assisting.includes(d.value)} disabled={d.value === leadId} className="size-5" />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`${name}-note`} name="note" label={t("forms.note")} state={state} required={false} hint={t(TRANSITIONS[name].public ? "forms.notePublic" : "forms.noteInternal")} maxLength={2000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t(`actions.${name as "dispatch" | "redispatch" | "dispatch_reopened"}`)}</SubmitButton>
    </form>
  );
}

const SIMPLE = { sign: signAction, start_consultation: startConsultationAction, conclude_consultation: concludeConsultationAction } as const;
export type SimpleTransition = keyof typeof SIMPLE;

/** 签收, 启动会商, 结束会商: a click with an optional note. */
export function SimpleCommandForm({ caseId, version, name }: Base & { name: SimpleTransition }) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(SIMPLE[name]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <TextArea id={`${name}-note`} name="note" label={t("forms.note")} state={state} required={false} hint={t(TRANSITIONS[name].public ? "forms.notePublic" : "forms.noteInternal")} maxLength={2000} rows={2} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t(`actions.${name}`)}</SubmitButton>
    </form>
  );
}

/** 退单: a wrong assignment goes back to the officer, within one working day. */
export function ReturnForm({ caseId, version }: Base) {
  const t = useTranslations("dashboard");
  const { state, pending, onSubmit, formRef } = useCommand(returnAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} version={version} />
      <p className="text-sm text-stone-700">{t("forms.returnHint")}</p>
      <TextArea id="return-reason" name="reason" label={t("forms.returnReason")} state={state} hint={t("forms.noteInternal")} maxLength={2000} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("actions.return")}</SubmitButton>
    </form>
  );
}
