"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deletionAction, type DeletionState } from "../actions";

const CLOSED = ["DECLINED", "MERGED", "CLOSED"];

/**
 * The worker's request to delete their personal data. What happens is said before they ask: at
 * once for a closed case; for one still being handled, as soon as it closes (staff need the
 * contact and details until then), with the request on the case's timeline meanwhile.
 */
export function DeleteMyData({ reference, secret, status, requested }: { reference: string; secret: string; status: string; requested: boolean }) {
  const t = useTranslations("cases.myData");
  const [state, action, pending] = useActionState<DeletionState, FormData>(deletionAction, {});
  const closed = CLOSED.includes(status);
  if (state.outcome || requested) {
    return (
      <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3">
        {t(state.outcome ?? "already")}
      </p>
    );
  }
  return (
    <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
      <h3 id="delete-heading" className="font-bold">
        {t("deleteTitle")}
      </h3>
      <p id="delete-explain">{closed ? t("deleteExplainClosed") : t("deleteExplainOpen")}</p>
      <form action={action} className="space-y-3">
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="secret" value={secret} />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" className="size-5" aria-describedby="delete-explain" />
          {t("deleteConfirm")}
        </label>
        {state.message ? (
          <p role="alert" className="text-red-800">
            {state.message}
          </p>
        ) : null}
        <button type="submit" disabled={pending} aria-busy={pending} className="min-h-11 rounded-lg bg-red-800 px-4 font-bold text-white hover:bg-red-900 disabled:opacity-60">
          {pending ? t("deleting") : t("deleteSubmit")}
        </button>
      </form>
    </section>
  );
}
