"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction, type UserFormState } from "../actions";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState<UserFormState, FormData>(resetPasswordAction, {});
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 text-brand-700 underline">{t("resetPassword")}</summary>
      <form action={action} className="mt-1 flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={userId} />
        <label className="text-sm">
          {t("newPassword")}
          <input name="password" type="password" autoComplete="new-password" className="mt-1 block min-h-11 rounded-md border border-stone-400 px-2" />
        </label>
        <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-stone-400 px-3 hover:bg-stone-100">{t("resetPassword")}</button>
        {state.ok ? <span role="status" className="text-green-800">{t("passwordReset")}</span> : null}
        {state.errors?.password ? <span role="alert" className="text-red-800">{state.errors.password}</span> : null}
      </form>
    </details>
  );
}
