import { useTranslations } from "next-intl";
import { spanTimes, WEEKDAY_KEYS } from "@/lib/places/directory/components/format";
import type { FacilityOption, HoursSpan } from "@/lib/places/schema";
import type { VenueDiff } from "../venue";

/** What approving an edit would change on the live venue, field by field. */
export function ChangesTable({ changes, facilities }: { changes: VenueDiff; facilities: FacilityOption[] }) {
  const t = useTranslations("merchants.review");
  const th = useTranslations("places.hours");
  const entries = Object.entries(changes);
  if (entries.length === 0) return <p className="text-stone-700">{t("noChanges")}</p>;

  const show = (field: string, value: unknown): string => {
    if (value === null || value === "") return "—";
    if (field === "facilities") return (value as string[]).map((code) => facilities.find((f) => f.code === code)?.name ?? code).join("、");
    if (field === "hours") {
      return (value as HoursSpan[])
        .map((s) => {
          const { opens, closes, overnight } = spanTimes(s);
          return `${th(WEEKDAY_KEYS[s.weekday - 1]!)} ${th(overnight ? "overnight" : "span", { opens, closes })}`;
        })
        .join("；");
    }
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    return String(value);
  };

  return (
    <table className="w-full border-collapse bg-white text-left">
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="p-2">{t("field")}</th>
          <th scope="col" className="p-2">{t("current")}</th>
          <th scope="col" className="p-2">{t("proposed")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([field, change]) => (
          <tr key={field} className="border-b border-stone-200 align-top">
            <th scope="row" className="p-2 font-medium">{t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field}</th>
            <td className="p-2">{show(field, change?.from)}</td>
            <td className="p-2 font-semibold">{show(field, change?.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
