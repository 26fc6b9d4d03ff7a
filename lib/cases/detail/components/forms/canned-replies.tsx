"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import type { CannedReplyOption } from "@/lib/cases/detail/types";

/** Puts `text` at the caret of an uncontrolled textarea (or replaces the selection) and focuses it. */
function insertAtCaret(el: HTMLTextAreaElement, text: string) {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? el.value.length;
  el.setRangeText(text, start, end, "end");
  el.focus();
}

/** Canned replies for the current stage; a click inserts one into the target text. */
export function CannedReplies({ replies, target }: { replies: CannedReplyOption[]; target: RefObject<HTMLTextAreaElement | null> }) {
  const t = useTranslations("dashboard.forms");
  if (!replies.length) return null;
  function insert(body: string) {
    if (target.current) insertAtCaret(target.current, body);
  }
  return (
    <div>
      <p className="text-sm font-semibold text-stone-800">{t("cannedReplies")}</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {replies.map((r) => (
          <li key={r.id}>
            <button type="button" onClick={() => insert(r.body)} aria-label={t("insert", { title: r.title })} title={r.body} className="min-h-11 rounded-md border border-stone-500 bg-stone-50 px-3 text-sm hover:bg-stone-200">
              {r.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
