"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { hashAddress } from "@/lib/auth/address-hash";
import { clientAddress } from "@/lib/http/client-address";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { emailOrPhoneTaken } from "./data";
import { changeUserRole, createStaffUser, resetUserPassword, setUserActive, unlockUser } from "./mutations";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema, unlockSchema } from "./schema";

export type UserFormState = { ok?: boolean; message?: string; errors?: Record<string, string>; values?: Record<string, string> };

export async function createUserAction(_: UserFormState, fd: FormData): Promise<UserFormState> {
  const admin = await requirePermission("users:manage");
  const t = await getTranslations("users.errors");
  // Sent back on an error so the form refills with what was typed (never the password).
  const values = Object.fromEntries(["name", "email", "phone", "role", "departmentId"].map((k) => [k, String(fd.get(k) ?? "")]));
  const parsed = createUserSchema.safeParse({
    name: fd.get("name") ?? "",
    email: fd.get("email") ?? "",
    phone: fd.get("phone") ?? "",
    role: fd.get("role") ?? undefined,
    departmentId: (fd.get("departmentId") as string) || undefined,
    isDepartmentHead: fd.get("isDepartmentHead") === "on",
    password: fd.get("password") ?? "",
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "_");
      errors[key] ??= t.has(issue.message as never) ? t(issue.message as never) : t("invalid");
    }
    return { errors, message: t("check"), values };
  }
  if (await emailOrPhoneTaken(parsed.data.email, parsed.data.phone || null)) return { errors: { email: t("taken") }, message: t("check"), values };
  try {
    await createStaffUser(admin.id, { ...parsed.data, phone: parsed.data.phone || undefined });
  } catch (e) {
    if (isAppError(e)) return { message: t("invalid"), values };
    throw e;
  }
  revalidatePath("/[locale]/admin/users", "page");
  return { ok: true };
}

export async function setActiveAction(fd: FormData): Promise<void> {
  const admin = await requirePermission("users:manage");
  const parsed = setActiveSchema.safeParse({ userId: fd.get("userId"), active: fd.get("active") === "true" });
  if (!parsed.success) return;
  await setUserActive(admin.id, parsed.data.userId, parsed.data.active);
  revalidatePath("/[locale]/admin/users", "page");
}

export async function resetPasswordAction(_: UserFormState, fd: FormData): Promise<UserFormState> {
  const admin = await requirePermission("users:manage");
  const t = await getTranslations("users.errors");
  const parsed = resetPasswordSchema.safeParse({ userId: fd.get("userId"), password: fd.get("password") ?? "" });
  if (!parsed.success) return { errors: { password: t("password_short") } };
  await resetUserPassword(admin.id, parsed.data.userId, parsed.data.password);
  return { ok: true };
}

export async function changeRoleAction(_: UserFormState, fd: FormData): Promise<UserFormState> {
  const admin = await requirePermission("users:manage");
  const t = await getTranslations("users.errors");
  const parsed = changeRoleSchema.safeParse({ userId: fd.get("userId"), role: fd.get("role") ?? undefined, departmentId: (fd.get("departmentId") as string) || undefined });
  if (!parsed.success) return { message: t.has(parsed.error.issues[0]!.message as never) ? t(parsed.error.issues[0]!.message as never) : t("invalid") };
  try {
    await changeUserRole(admin.id, parsed.data.userId, parsed.data);
  } catch (e) {
    if (isAppError(e)) return { message: t("invalid") };
    throw e;
  }
  revalidatePath("/[locale]/admin/users", "page");
  return { ok: true };
}

export async function unlockAction(fd: FormData): Promise<void> {
  const admin = await requirePermission("users:manage");
  const parsed = unlockSchema.safeParse({ userId: fd.get("userId") });
  if (!parsed.success) return;
  await unlockUser(admin.id, parsed.data.userId, hashAddress(clientAddress(await headers())));
  revalidatePath("/[locale]/admin/users", "page");
}
