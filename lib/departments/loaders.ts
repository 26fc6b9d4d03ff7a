import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { getDepartmentName, listDepartments } from "./data";

export const loadDepartments = cache(async () => {
  await requirePermission("admin:enter");
  return listDepartments();
});

export const loadDepartmentName = cache(async (id: string | null, locale: string) => {
  await requirePermission("admin:enter");
  if (!id) return null;
  const d = await getDepartmentName(id);
  return d ? (locale === "en" ? d.nameEn : d.nameZh) : null;
});
