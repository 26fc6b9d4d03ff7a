"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllReadAction, type MarkReadState } from "../actions";

export function MarkAllRead({ disabled }: { disabled: boolean }) {
  const t = useTranslations("dashboard.notifications");
  const [state, action, pending] = useActionState<MarkReadState, FormData>(markAllReadAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={disabled || pending} className="inline-flex min-h-11 items-center rounded-md border-2 border-stone-600 bg-white px-4 font-semibold hover:bg-stone-100 disabled:opacity-60">
        {t("markAll")}
      </button>
      <p role="status" className="text-emerald-800">
        {state.message}
      </p>
    </form>
  );
}
