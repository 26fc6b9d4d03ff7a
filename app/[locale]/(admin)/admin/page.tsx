import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { loadDepartmentName } from "@/lib/departments/loaders";

export default async function AdminHome() {
  const user = await requirePermission("admin:enter");
  const t = await getTranslations();
  const department = await loadDepartmentName(user.departmentId, await getLocale());
  return (
    <>
      <PageHeading title={t("admin.welcome", { name: user.name })} />
      <dl className="space-y-1">
        <div>
          <dt className="sr-only">{t("admin.roleLabel", { role: "" })}</dt>
          <dd>{t("admin.roleLabel", { role: t(`roles.${user.role}`) })}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("admin.departmentLabel", { department: "" })}</dt>
          <dd>{t("admin.departmentLabel", { department: department ?? t("admin.noDepartment") })}</dd>
        </div>
      </dl>
    </>
  );
}
