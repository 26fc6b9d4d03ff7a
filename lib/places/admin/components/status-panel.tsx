import { getTranslations } from "next-intl/server";
import { closePlaceAction, placeCommandAction } from "../actions";
import type { PlaceStatus } from "../../schema";
import { ActionForm, inputClass } from "./action-form";
import { StatusTag } from "./status-tag";

type Props = { id: string; status: PlaceStatus; closedReason: string | null; closedUntil: string | null; lastVerifiedAt: string | null; canManage: boolean };

/** Status and verification: close for a while, reopen, deactivate, or confirm the details are true today. */
export async function StatusPanel({ id, status, closedReason, closedUntil, lastVerifiedAt, canManage }: Props) {
  const t = await getTranslations("directory.status");
  const command = (name: "reopen" | "deactivate" | "verify", quiet = true) => (
    <ActionForm action={placeCommandAction} submit={t(name)} quiet={quiet} label={t(name)}>
      <input type="hidden" name="placeId" value={id} />
      <input type="hidden" name="command" value={name} />
    </ActionForm>
  );
  return (
    <section aria-labelledby="status-heading" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="status-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <StatusTag status={status} />
        {status === "TEMPORARILY_CLOSED" ? (
          <span>
            {closedReason ? t("reasonIs", { reason: closedReason }) : null} {closedUntil ? t("untilIs", { date: closedUntil }) : null}
          </span>
        ) : null}
      </p>
      <p>{lastVerifiedAt ? t("verifiedAt", { date: lastVerifiedAt.slice(0, 10) }) : t("neverVerified")}</p>
      {canManage ? (
        <div className="space-y-3">
          {command("verify", false)}
          {status !== "ACTIVE" ? command("reopen") : null}
          {status !== "TEMPORARILY_CLOSED" ? (
            <details className="rounded border border-stone-300 p-3">
              <summary className="min-h-11 cursor-pointer font-semibold">{t("closeTitle")}</summary>
              <ActionForm action={closePlaceAction} submit={t("close")} label={t("closeTitle")} className="mt-2 space-y-2">
                <input type="hidden" name="placeId" value={id} />
                <label htmlFor="close-reason" className="block font-semibold">
                  {t("reason")}
                </label>
                <input id="close-reason" name="reason" required maxLength={200} className={inputClass} />
                <label htmlFor="close-until" className="block font-semibold">
                  {t("until")}
                </label>
                <input id="close-until" name="until" type="date" className={inputClass} />
              </ActionForm>
            </details>
          ) : null}
          {status !== "INACTIVE" ? command("deactivate") : null}
        </div>
      ) : null}
    </section>
  );
}
