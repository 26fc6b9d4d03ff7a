import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { setActiveAction, unlockAction } from "@/lib/users/actions";
import { ChangeRoleForm } from "@/lib/users/components/change-role-form";
import { CreateUserForm } from "@/lib/users/components/create-user-form";
import { ResetPasswordForm } from "@/lib/users/components/reset-password-form";
import { loadUsersPage } from "@/lib/users/loaders";
import { CHINA_TIME_ZONE } from "@/lib/time/china";

export default async function UsersPage() {
  const { adminId, users, departments } = await loadUsersPage();
  const t = await getTranslations("users");
  const tr = await getTranslations("roles");
  const locale = await getLocale();
  const now = new Date();
  return (
    <>
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <div className="mb-6 overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              {[t("name"), t("email"), t("role"), t("department"), t("status"), t("lastSignIn"), t("actions")].map((h) => (
                <th key={h} scope="col" className="p-2">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-stone-200">
                <td className="p-2">{u.name}</td>
                <td className="p-2">{u.email ?? u.phone}</td>
                <td className="p-2">{tr(u.role)}</td>
                <td className="p-2">{u.department ? (locale === "en" ? u.department.nameEn : u.department.nameZh) : "—"}</td>
                <td className="p-2">
                  {u.active ? t("active") : t("inactive")}
                  {u.lockedUntil && u.lockedUntil > now ? (
                    <form action={unlockAction} className="mt-1">
                      <span className="block text-red-800">{t("locked", { until: u.lockedUntil.toLocaleString(locale, { timeZone: CHINA_TIME_ZONE }) })}</span>
                      <input type="hidden" name="userId" value={u.id} />
                      <button type="submit" className="min-h-11 rounded-md border border-stone-400 px-3 hover:bg-stone-100">{t("unlock")}</button>
                    </form>
                  ) : null}
                </td>
                <td className="p-2">{u.lastSignInAt ? u.lastSignInAt.toLocaleString(locale, { timeZone: CHINA_TIME_ZONE }) : t("never")}</td>
                <td className="p-2">
                  {u.id !== adminId ? (
                    <form action={setActiveAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="active" value={u.active ? "false" : "true"} />
                      <button type="submit" className="min-h-11 rounded-md border border-stone-400 px-3 hover:bg-stone-100">
                        {u.active ? t("deactivate") : t("activate")}
                      </button>
                    </form>
                  ) : null}
                  <ResetPasswordForm userId={u.id} />
                  {u.id !== adminId && u.role !== "MERCHANT" ? <ChangeRoleForm user={u} departments={departments} locale={locale} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserForm departments={departments} locale={locale} />
    </>
  );
}
