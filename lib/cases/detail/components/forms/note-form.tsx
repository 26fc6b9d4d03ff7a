"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { noteAction } from "@/lib/cases/workflow/actions";
import type { CannedReplyOption } from "@/lib/cases/detail/types";
import { CannedReplies } from "./canned-replies";
import { CaseIds } from "./case-ids";
import { CommandMessage, SubmitButton, TextArea } from "./fields";
import { useCommand } from "./use-command";

/**
 * A reply to the worker or an internal note; internal is the default so nothing leaks by accident.
 * Only the lead department and officers may reply to the worker (`allowPublic`, from the command table).
 */
export function NoteForm({ caseId, cannedReplies, allowPublic }: { caseId: string; cannedReplies: CannedReplyOption[]; allowPublic: boolean }) {
  const t = useTranslations("dashboard.forms");
  const { state, pending, onSubmit, formRef } = useCommand(noteAction, { resetOnSuccess: true });
  const text = useRef<HTMLTextAreaElement>(null);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <CaseIds caseId={caseId} />
      <fieldset>
        <legend className="font-semibold">{t("visibility")}</legend>
        <div className="flex flex-wrap gap-x-6">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="public" value="false" defaultChecked className="size-5" />
            {t("visibleInternal")}
          </label>
          {allowPublic ? (
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="public" value="true" className="size-5" />
              {t("visiblePublic")}
            </label>
          ) : null}
        </div>
      </fieldset>
      <CannedReplies replies={cannedReplies} target={text} />
      <TextArea id="note-text" name="text" label={t("text")} state={state} maxLength={4000} rows={4} textareaRef={text} />
      <CommandMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
