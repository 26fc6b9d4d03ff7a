"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/roles";
import { changeRoleAction, type UserFormState } from "../actions";

type Department = { id: string; nameZh: string; nameEn: string };
const select = "mt-1 block min-h-11 rounded-md border border-stone-400 bg-white px-2";

/** A staff member's role and department; saving ends their open sessions (lib/users/mutations.ts). */
export function ChangeRoleForm({ user, departments, locale }: { user: { id: string; role: Role; departmentId: string | null }; departments: Department[]; locale: string }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const [state, action, pending] = useActionState<UserFormState, FormData>(changeRoleAction, {});
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 text-brand-700 underline">{t("changeRole")}</summary>
      <form action={action} className="mt-1 flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <label className="text-sm">
          {t("role")}
          <select name="role" defaultValue={user.role} className={select}>
            {(["OFFICER", "LIAISON", "VIEWER", "ADMIN"] as const).map((r) => (
              <option key={r} value={r}>{tr(r)}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("department")}
          <select name="departmentId" defaultValue={user.departmentId ?? ""} className={select}>
            <option value="">{t("noDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>{locale === "en" ? d.nameEn : d.nameZh}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-stone-400 px-3 hover:bg-stone-100">{t("saveRole")}</button>
        {state.ok ? <span role="status" className="text-green-800">{t("roleChanged")}</span> : null}
        {state.message && !state.ok ? <span role="alert" className="text-red-800">{state.message}</span> : null}
      </form>
    </details>
  );
}
