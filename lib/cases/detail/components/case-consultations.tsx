import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { StaffCase } from "../types";
import { localName } from "@/lib/cases/components/names";
import { CHINA_DATE, CHINA_DATE_TIME } from "@/lib/time/china";

/** Each 联席会商: who met, what they decided, and who does what by when. */
export function CaseConsultations({ consultations }: { consultations: StaffCase["consultations"] }) {
  const t = useTranslations("dashboard.consultations");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <section aria-labelledby="consultations-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="consultations-heading" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {consultations.length === 0 ? <p className="text-stone-700">{t("none")}</p> : null}
      {consultations.map((c) => (
        <article key={c.id} aria-label={`${t("heldAt")} ${format.dateTime(c.heldAt, CHINA_DATE_TIME)}`} className="mt-3 border-t border-stone-200 pt-3 first:mt-0 first:border-0 first:pt-0">
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(7rem,auto)_1fr]">
            <dt className="font-semibold">{t("heldAt")}</dt>
            <dd>{format.dateTime(c.heldAt, CHINA_DATE_TIME)}</dd>
            <dt className="font-semibold">{t("departments")}</dt>
            <dd>{c.departments.map((d) => localName(locale, d.department)).join("、")}</dd>
            <dt className="font-semibold">{t("participants")}</dt>
            <dd className="whitespace-pre-wrap">{c.participants}</dd>
            <dt className="font-semibold">{t("minutes")}</dt>
            <dd className="whitespace-pre-wrap">{c.minutes}</dd>
            <dt className="font-semibold">{t("decisions")}</dt>
            <dd className="whitespace-pre-wrap">{c.decisions}</dd>
          </dl>
          {c.actionItems.length ? (
            <table className="mt-2 w-full border-collapse text-sm">
              <caption className="text-left font-semibold">{t("actionItems")}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="p-1">{t("owner")}</th>
                  <th scope="col" className="p-1">{t("task")}</th>
                  <th scope="col" className="p-1">{t("due")}</th>
                  <th scope="col" className="p-1">{t("done")}</th>
                </tr>
              </thead>
              <tbody>
                {c.actionItems.map((a) => (
                  <tr key={a.id} className="border-b border-stone-200 align-top">
                    <td className="p-1">{localName(locale, a.ownerDepartment)}</td>
                    <td className="p-1 whitespace-pre-wrap">{a.description}</td>
                    <td className="p-1 whitespace-nowrap">{format.dateTime(a.dueAt, CHINA_DATE)}</td>
                    <td className="p-1">{a.doneAt ? t("isDone") : t("open")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </article>
      ))}
    </section>
  );
}
