"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, type UserFormState } from "../actions";

type Department = { id: string; nameZh: string; nameEn: string };
const input = "mt-1 block min-h-11 w-full rounded-md border border-stone-400 bg-white px-3";

export function CreateUserForm({ departments, locale }: { departments: Department[]; locale: string }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  const err = (k: string) =>
    state.errors?.[k] ? (
      <p id={`u-${k}-error`} role="alert" className="mt-1 text-sm text-red-800">{state.errors[k]}</p>
    ) : null;
  const described = (k: string) => (state.errors?.[k] ? `u-${k}-error` : undefined);
  const v = state.values ?? {};
  return (
    <form action={action} key={state.ok ? "created" : "editing"} className="grid max-w-3xl gap-3 rounded-md border border-stone-300 bg-white p-4 md:grid-cols-2" noValidate>
      <h2 className="text-lg font-semibold md:col-span-2">{t("newUser")}</h2>
      <div>
        <label htmlFor="u-name" className="font-medium">{t("name")}</label>
        <input id="u-name" name="name" defaultValue={v.name} className={input} aria-describedby={described("name")} />
        {err("name")}
      </div>
      <div>
        <label htmlFor="u-email" className="font-medium">{t("email")}</label>
        <input id="u-email" name="email" type="email" defaultValue={v.email} className={input} aria-describedby={described("email")} />
        {err("email")}
      </div>
      <div>
        <label htmlFor="u-phone" className="font-medium">{t("phone")}</label>
        <input id="u-phone" name="phone" inputMode="numeric" defaultValue={v.phone} className={input} aria-describedby={described("phone")} />
        {err("phone")}
      </div>
      <div>
        <label htmlFor="u-role" className="font-medium">{t("role")}</label>
        <select key={`role-${v.role}`} id="u-role" name="role" className={input} defaultValue={v.role || "LIAISON"} aria-describedby={described("role")}>
          {(["OFFICER", "LIAISON", "VIEWER", "ADMIN"] as const).map((r) => (
            <option key={r} value={r}>{tr(r)}</option>
          ))}
        </select>
        {err("role")}
      </div>
      <div>
        <label htmlFor="u-dept" className="font-medium">{t("department")}</label>
        <select key={`dept-${v.departmentId}`} id="u-dept" name="departmentId" className={input} defaultValue={v.departmentId ?? ""} aria-describedby={described("departmentId")}>
          <option value="">{t("noDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>{locale === "en" ? d.nameEn : d.nameZh}</option>
          ))}
        </select>
        {err("departmentId")}
      </div>
      <div>
        <label htmlFor="u-password" className="font-medium">{t("password")}</label>
        <input id="u-password" name="password" type="password" autoComplete="new-password" className={input} aria-describedby={described("password")} />
        {err("password")}
      </div>
      <label className="flex min-h-11 items-center gap-2 md:col-span-2">
        <input type="checkbox" name="isDepartmentHead" className="size-5" />
        {t("head")}
      </label>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">{t("create")}</button>
        {state.ok ? <p role="status" className="mt-2 text-green-800">{t("created")}</p> : null}
        {state.message && !state.ok ? <p role="alert" className="mt-2 text-red-800">{state.message}</p> : null}
      </div>
    </form>
  );
}
