import { useLocale, useTranslations } from "next-intl";
import type { StaffCase } from "../types";
import { localName } from "@/lib/cases/components/names";

/** 牵头 first, then 协办. */
export function CaseDepartments({ departments }: { departments: StaffCase["departments"] }) {
  const t = useTranslations("dashboard.departments");
  const locale = useLocale();
  const sorted = [...departments].sort((a, b) => (a.role === b.role ? 0 : a.role === "LEAD" ? -1 : 1));
  return (
    <section aria-labelledby="departments-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="departments-heading" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {sorted.length === 0 ? (
        <p className="text-stone-700">{t("none")}</p>
      ) : (
        <ul className="space-y-1">
          {sorted.map((d) => (
            <li key={d.departmentId} className="flex flex-wrap items-center gap-2">
              <span className={d.role === "LEAD" ? "rounded bg-brand-700 px-1.5 text-sm font-semibold text-white" : "rounded bg-stone-200 px-1.5 text-sm font-semibold text-stone-900"}>
                {d.role === "LEAD" ? t("lead") : t("assist")}
              </span>
              {localName(locale, d.department)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
