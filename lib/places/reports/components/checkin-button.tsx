import { useTranslations } from "next-intl";
import { checkinAction } from "../actions";

const RESULTS = ["counted", "already", "rate_limited", "not_found"] as const;

/** "I used this station": one big button; counts a visit without recording who. Works without JavaScript. */
export function CheckinButton({ placeId, status }: { placeId: string; status?: string }) {
  const t = useTranslations("directory.checkin");
  const result = RESULTS.find((r) => r === status);
  return (
    <section id="checkin" aria-labelledby="checkin-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <h2 id="checkin-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="text-stone-800">{t("intro")}</p>
      {result ? (
        <p role="status" className="rounded-md border-2 border-stone-600 bg-white p-3 font-semibold text-stone-900">
          {t(`result.${result}`)}
        </p>
      ) : null}
      <form action={checkinAction}>
        <input type="hidden" name="placeId" value={placeId} />
        <button type="submit" className="inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 text-lg font-bold text-white hover:bg-brand-800">
          <span aria-hidden="true">✋</span>
          {t("button")}
        </button>
      </form>
    </section>
  );
}
