import { getTranslations } from "next-intl/server";
import { chinaLocalInput } from "@/lib/time/china";
import type { HistoryEntry } from "../loaders";

/** China wall-clock time, to the minute. */
export const chinaTime = (iso: string) => chinaLocalInput(new Date(iso)).replace("T", " ");

/** Who changed what, and when: every PlaceChange row with its field diff. */
export async function ChangeHistory({ entries }: { entries: HistoryEntry[] }) {
  const t = await getTranslations("directory.history");
  const label = (field: string) => {
    const [base, detail] = field.split(".");
    const key = `fields.${base}`;
    const name = t.has(key as never) ? t(key as never) : field;
    return detail ? `${name} (${detail})` : name;
  };
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? t("empty") : typeof v === "boolean" ? t(v ? "yes" : "no") : String(v));
  const action = (a: string) => (t.has(`actions.${a}` as never) ? t(`actions.${a}` as never) : a);
  return (
    <section aria-labelledby="history-heading" className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {entries.length ? (
        <ol className="space-y-3">
          {entries.map((e) => (
            <li key={e.id} className="border-b border-stone-200 pb-2" data-action={e.action}>
              <p className="text-sm">
                <time dateTime={e.at} className="tabular-nums">{chinaTime(e.at)}</time> · <strong>{action(e.action)}</strong> · {e.actor ?? t("system")}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {Object.entries(e.changes).map(([field, d]) => (
                  <div key={field} className="contents">
                    <dt className="font-semibold">{label(field)}</dt>
                    <dd className="break-words">
                      <span className="text-stone-700 line-through decoration-stone-400">{show(d.from)}</span> → <span>{show(d.to)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-stone-700">{t("none")}</p>
      )}
    </section>
  );
}
