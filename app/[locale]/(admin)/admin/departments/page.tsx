import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { loadDepartments } from "@/lib/departments/loaders";

export default async function DepartmentsPage() {
  const departments = await loadDepartments();
  const t = await getTranslations("admin");
  const locale = await getLocale();
  return (
    <>
      <PageHeading title={t("departments")}>{t("departmentsIntro")}</PageHeading>
      <table className="w-full max-w-3xl border-collapse bg-white text-left">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">{t("code")}</th>
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("usersCount")}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id} className="border-b border-stone-200">
              <td className="p-2 font-mono text-sm">{d.code}</td>
              <td className="p-2">
                {locale === "en" ? d.nameEn : d.nameZh}
                {d.isLocalGovernment ? <span className="ml-2 text-sm text-stone-600">({t("localGovernment")})</span> : null}
              </td>
              <td className="p-2">{d._count.users}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
