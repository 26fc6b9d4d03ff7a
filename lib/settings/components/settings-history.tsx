import { getFormatter, getTranslations } from "next-intl/server";
import type { loadSettings } from "../loaders";

type Change = Awaited<ReturnType<typeof loadSettings>>["history"][number];
type Snapshot = Record<string, unknown> | null;

/** Who changed which deadline rule, calendar day or canned reply, and from what to what. */
export async function SettingsHistory({ changes, categoryName }: { changes: Change[]; categoryName: (code: string) => string }) {
  const [t, ts, format] = await Promise.all([getTranslations("settings.history"), getTranslations("settings"), getFormatter()]);
  const subject = (c: Change) => {
    if (c.area !== "sla_rule") return c.subject;
    const [code = "", priority = "", stage = ""] = c.subject.split("/");
    return `${categoryName(code)} · ${ts(`sla.stages.${stage}` as "sla.stages.ACCEPT")} · ${ts(`sla.priorities.${priority}` as "sla.priorities.NORMAL")}`;
  };
  const value = (area: string, v: Snapshot): string => {
    if (!v) return "";
    if (area === "sla_rule") return `${v.amount} ${ts(`sla.units.${v.unit}` as "sla.units.HOURS")}`;
    if (area === "calendar_day") return `${ts(`calendar.kinds.${v.kind}` as "calendar.kinds.HOLIDAY")} ${v.nameZh}`;
    return String(v.titleZh ?? "");
  };
  const change = (c: Change) => {
    const [before, after] = [value(c.area, c.before as Snapshot), value(c.area, c.after as Snapshot)];
    if (c.action === "delete") return t("removed", { value: before });
    return c.before ? t("changed", { from: before, to: after }) : t("added", { value: after });
  };
  return (
    <section aria-labelledby="history-heading" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("intro")}</p>
      {changes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">{t("when")}</th>
              <th scope="col" className="p-2">{t("who")}</th>
              <th scope="col" className="p-2">{t("what")}</th>
              <th scope="col" className="p-2">{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id} className="border-b border-stone-200 align-top">
                <td className="whitespace-nowrap p-2">{format.dateTime(c.at, { dateStyle: "short", timeStyle: "short" })}</td>
                <td className="p-2">{c.by}</td>
                <th scope="row" className="p-2 font-normal">
                  {t(`areas.${c.area}` as "areas.sla_rule")}: {subject(c)}
                </th>
                <td className="p-2">{change(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
