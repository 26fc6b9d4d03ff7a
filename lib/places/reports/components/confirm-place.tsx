import { useTranslations } from "next-intl";
import { confirmPlaceAction } from "../actions";
import { RiderPanel } from "./rider-panel";

const RESULTS = ["confirmed", "reported", "already", "rate_limited", "not_found"] as const;
/** Facilities with a phrase of their own ("没有热水"); others read "{facility}不能用". */
const NAMED = ["hot_water", "drinking_water", "charging", "first_aid", "microwave", "toilet"] as const;

type Props = { placeId: string; facilities: { code: string; name: string }[]; status?: string };

const problemButton =
  "inline-flex min-h-11 items-center rounded-full border-2 border-stone-500 bg-white px-3 text-base font-medium text-stone-900 hover:border-red-800";

/**
 * One tap: "设施正常", or what is wrong. A plain form of submit buttons, so it works without script;
 * each answer is one POST (lib/places/reports/confirm.ts: one per device per place per day).
 */
export function ConfirmPlace({ placeId, facilities, status }: Props) {
  const t = useTranslations("directory.confirm");
  const result = RESULTS.find((r) => r === status);
  const named = (code: string): code is (typeof NAMED)[number] => (NAMED as readonly string[]).includes(code);
  return (
    <RiderPanel id="confirm" heading={t("heading")} intro={t("intro")} outcome={result ? t(`result.${result}`) : null} className="border-green-700 bg-green-50">
      <form action={confirmPlaceAction} className="space-y-3">
        <input type="hidden" name="placeId" value={placeId} />
        <button
          type="submit"
          name="answer"
          value="ok"
          className="inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-green-800 px-5 text-lg font-bold text-white hover:bg-green-900"
        >
          <span aria-hidden="true">✓</span>
          {t("ok")}
        </button>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("problems")}</legend>
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="answer" value="CLOSED_WHEN_OPEN" className={problemButton}>
              {t("CLOSED_WHEN_OPEN")}
            </button>
            {facilities.map((f) => (
              <button key={f.code} type="submit" name="answer" value={`FACILITY_BROKEN:${f.code}`} className={problemButton}>
                {named(f.code) ? t(`facility.${f.code}`) : t("broken", { facility: f.name })}
              </button>
            ))}
            <button type="submit" name="answer" value="REFUSED_ENTRY" className={problemButton}>
              {t("REFUSED_ENTRY")}
            </button>
          </div>
        </fieldset>
      </form>
    </RiderPanel>
  );
}
