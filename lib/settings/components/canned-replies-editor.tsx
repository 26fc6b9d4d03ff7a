"use client";

import { useTranslations } from "next-intl";
import { CASE_STATUSES } from "@/lib/cases/workflow/workflow";
import { deleteCannedReplyAction, saveCannedReplyAction } from "../actions";
import { danger, errorProps, Field, input, Message, primary, secondary } from "./form-parts";
import { useSettingsAction } from "./use-settings-action";

type Reply = { id: string; status: string | null; titleZh: string; titleEn: string; bodyZh: string; bodyEn: string; sortOrder: number };

/** One form for adding (no reply) or editing (a reply) a canned reply. */
function ReplyForm({ reply, prefix, labelledBy }: { reply?: Reply; prefix: string; labelledBy?: string }) {
  const t = useTranslations("settings.canned");
  const stages = useTranslations("dashboard.stages");
  const { state, pending, onSubmit, formRef } = useSettingsAction(saveCannedReplyAction, !reply);
  const e = state.errors ?? {};
  const id = (f: string) => `${prefix}-${f}`;
  const text = (name: "titleZh" | "titleEn", max: number) => (
    <Field id={id(name)} label={t(name)} error={e[name]}>
      <input id={id(name)} name={name} required maxLength={max} defaultValue={reply?.[name]} {...errorProps(id(name), e[name])} className={input} />
    </Field>
  );
  const body = (name: "bodyZh" | "bodyEn", max: number) => (
    <Field id={id(name)} label={t(name)} error={e[name]}>
      <textarea id={id(name)} name={name} required rows={3} maxLength={max} defaultValue={reply?.[name]} {...errorProps(id(name), e[name])} className={input} />
    </Field>
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-labelledby={labelledBy} className="space-y-3">
      {reply ? <input type="hidden" name="id" value={reply.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("status")} label={t("status")} error={e.status}>
          <select id={id("status")} name="status" defaultValue={reply?.status ?? ""} className={input}>
            <option value="">{t("anyStatus")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {stages(s)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("sortOrder")} label={t("sortOrder")} error={e.sortOrder}>
          <input id={id("sortOrder")} name="sortOrder" type="number" min={0} max={999} defaultValue={reply?.sortOrder ?? 0} {...errorProps(id("sortOrder"), e.sortOrder)} className={input} />
        </Field>
        {text("titleZh", 40)}
        {text("titleEn", 80)}
        {body("bodyZh", 2000)}
        {body("bodyEn", 4000)}
      </div>
      <Message state={state} />
      <button type="submit" disabled={pending} className={reply ? secondary : primary}>
        {reply ? t("save") : t("addSubmit")}
      </button>
    </form>
  );
}

function DeleteReply({ reply }: { reply: Reply }) {
  const t = useTranslations("settings.canned");
  const { state, pending, onSubmit, formRef } = useSettingsAction(deleteCannedReplyAction);
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="id" value={reply.id} />
      <button type="submit" disabled={pending} aria-label={t("deleteLabel", { title: reply.titleZh })} className={danger}>
        {t("delete")}
      </button>
      <Message state={state} />
    </form>
  );
}

/** 常用回复 per stage, in both languages. */
export function CannedRepliesEditor({ replies }: { replies: Reply[] }) {
  const t = useTranslations("settings.canned");
  const stages = useTranslations("dashboard.stages");
  return (
    <section aria-labelledby="canned-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="canned-heading" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-2 text-stone-700">{t("intro")}</p>
      {replies.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-2">
        {replies.map((r) => (
          <li key={r.id} className="rounded-md border border-stone-300">
            <details className="group">
              <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center gap-2 px-3 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                  ▶
                </span>
                <span className="rounded bg-stone-200 px-1.5 text-sm">{r.status ? stages(r.status as "SUBMITTED") : t("anyStatus")}</span>
                <span className="font-semibold">{r.titleZh}</span>
                <span className="text-stone-700">/ {r.titleEn}</span>
                <span className="sr-only">{t("edit", { title: r.titleZh })}</span>
              </summary>
              <div className="space-y-2 border-t border-stone-300 p-3">
                <ReplyForm reply={r} prefix={`reply-${r.id}`} />
                <DeleteReply reply={r} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <div className="mt-4 rounded-md border border-stone-300 p-3">
        <h3 id="reply-add-heading" className="mb-2 font-bold">
          {t("add")}
        </h3>
        <ReplyForm prefix="reply-new" labelledBy="reply-add-heading" />
      </div>
    </section>
  );
}
