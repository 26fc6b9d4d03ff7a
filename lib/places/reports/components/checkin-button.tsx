import { useTranslations } from "next-intl";
import { checkinAction } from "../actions";
import { RiderPanel } from "./rider-panel";

const RESULTS = ["counted", "already", "rate_limited", "not_found"] as const;

/** "I used this station": one big button; counts a visit without recording who. Works without JavaScript. */
export function CheckinButton({ placeId, status }: { placeId: string; status?: string }) {
  const t = useTranslations("directory.checkin");
  const result = RESULTS.find((r) => r === status);
  return (
    <RiderPanel id="checkin" heading={t("heading")} intro={t("intro")} outcome={result ? t(`result.${result}`) : null} className="border-brand-700 bg-brand-50">
      <form action={checkinAction}>
        <input type="hidden" name="placeId" value={placeId} />
        <button type="submit" className="inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 text-lg font-bold text-white hover:bg-brand-800">
          <span aria-hidden="true">✋</span>
          {t("button")}
        </button>
      </form>
    </RiderPanel>
  );
}
