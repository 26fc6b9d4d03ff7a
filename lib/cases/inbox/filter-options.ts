import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listCategories, listWorkerGroups } from "../data";
import { listDispatchDepartments } from "../detail/data";

export type Option = { value: string; label: string };
export type FilterOptions = { categories: Option[]; workerGroups: Option[]; departments: Option[] };

/** Reference data for the inbox filters, the accept form and code → name lookups, in one language. */
export const loadFilterOptions = cache(async (locale: string): Promise<FilterOptions> => {
  await requirePermission("cases:read");
  const en = locale === "en";
  const [categories, groups, departments] = await Promise.all([listCategories(), listWorkerGroups(), listDispatchDepartments()]);
  return {
    categories: categories.map((c) => ({ value: c.code, label: en ? c.nameEn : c.nameZh })),
    workerGroups: groups.map((g) => ({ value: g.code, label: en ? g.nameEn : g.nameZh })),
    departments: departments.map((d) => ({ value: d.id, label: en ? d.nameEn : d.nameZh })),
  };
});

export function labelOf(options: Option[], value: string | null | undefined): string {
  return options.find((o) => o.value === value)?.label ?? value ?? "";
}
