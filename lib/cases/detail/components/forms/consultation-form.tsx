"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { recordConsultationAction } from "@/lib/cases/workflow/actions";
import type { DepartmentOption } from "@/lib/cases/detail/types";
import { CommandMessage, inputClass, secondaryButton, SubmitButton, TextArea, TextInput } from "./fields";
import { chinaDateTime, endOfChinaDay, useCommand } from "./use-command";

let nextKey = 1;

/** The structured form is sent as one JSON field, `payload`, which the action parses with its schema. */
function toPayload(caseId: string, items: number[]) {
  return (fd: FormData) => {
    const payload = {
      caseId,
      heldAt: chinaDateTime(String(fd.get("heldAt") ?? "")),
      departmentIds: fd.getAll("departmentIds").map(String),
      participants: String(fd.get("participants") ?? ""),
      minutes: String(fd.get("minutes") ?? ""),
      decisions: String(fd.get("decisions") ?? ""),
      actionItems: items.map((k) => ({
        ownerDepartmentId: String(fd.get(`item-${k}-owner`) ?? ""),
        description: String(fd.get(`item-${k}-task`) ?? ""),
        dueAt: endOfChinaDay(String(fd.get(`item-${k}-due`) ?? "")),
      })),
    };
    const out = new FormData();
    out.set("payload", JSON.stringify(payload));
    return out;
  };
}

/** 联席会商 record: when, which departments (two or more), who, minutes, decisions and action items. */
export function ConsultationForm({ caseId, departments, caseDepartments, today }: { caseId: string; departments: DepartmentOption[]; caseDepartments: string[]; today: string }) {
  const t = useTranslations("dashboard.forms");
  const [items, setItems] = useState<number[]>([]);
  const { state, pending, onSubmit, formRef } = useCommand(recordConsultationAction, { prepare: toPayload(caseId, items), resetOnSuccess: true });
  const depError = state.errors?.departmentIds;
  // After a recorded consultation the form starts over, action items included.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.ok) setItems([]);
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <TextInput id="consultation-held" name="heldAt" type="datetime-local" label={t("heldAt")} state={state} />
      <fieldset aria-describedby={depError ? "consultation-departments-error" : undefined}>
        <legend className="font-semibold">{t("participatingDepartments")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {departments.map((d) => (
            <label key={d.value} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="departmentIds" value={d.value} defaultChecked={caseDepartments.includes(d.value)} className="size-5" />
              {d.label}
            </label>
          ))}
        </div>
        {depError ? (
          <p id="consultation-departments-error" className="font-medium text-red-800">
            {depError}
          </p>
        ) : null}
      </fieldset>
      <TextArea id="consultation-participants" name="participants" label={t("participants")} state={state} maxLength={1000} rows={2} />
      <TextArea id="consultation-minutes" name="minutes" label={t("minutes")} state={state} maxLength={10000} rows={5} />
      <TextArea id="consultation-decisions" name="decisions" label={t("decisions")} state={state} maxLength={5000} rows={3} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("actionItems")}</legend>
        {items.length === 0 ? <p className="text-sm text-stone-700">{t("noItems")}</p> : null}
        {items.map((k, i) => (
          <fieldset key={k} className="grid gap-2 rounded-md border border-stone-300 p-2 sm:grid-cols-[1fr_2fr_auto_auto] sm:items-end">
            <legend className="px-1 text-sm font-semibold">{t("actionItem", { n: i + 1 })}</legend>
            <label className="block text-sm font-semibold">
              {t("owner")}
              <select name={`item-${k}-owner`} required defaultValue={caseDepartments[0] ?? ""} className={inputClass}>
                {departments.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm font-semibold">
              {t("task")}
              <input name={`item-${k}-task`} required maxLength={1000} className={inputClass} />
            </label>
            <label className="block text-sm font-semibold">
              {t("due")}
              <input name={`item-${k}-due`} type="date" required min={today} className={inputClass} />
            </label>
            <button type="button" onClick={() => setItems(items.filter((x) => x !== k))} className={secondaryButton}>
              {t("removeItem", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        {state.errors?.actionItems ? <p className="font-medium text-red-800">{state.errors.actionItems}</p> : null}
        <button type="button" onClick={() => setItems([...items, nextKey++])} className={secondaryButton}>
          {t("addItem")}
        </button>
      </fieldset>
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
