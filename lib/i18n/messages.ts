import type { Locale } from "./routing";

/**
 * Each domain keeps its strings in messages/<folder>/<locale>.json under its own namespace, so that
 * work on one domain does not touch another's file. To add one: a line here and in global.d.ts.
 */
const NAMESPACES = {
  places: "places",
  cases: "cases",
  caseErrors: "case-errors",
  jobs: "jobs",
  users: "users",
  dashboard: "dashboard",
  settings: "settings",
  merchants: "merchants",
  directory: "directory",
  workers: "workers",
  offline: "offline",
} as const;

export async function loadMessages(locale: Locale) {
  const [base, ...domains] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...Object.values(NAMESPACES).map((folder) => import(`../../messages/${folder}/${locale}.json`)),
  ]);
  const keys = Object.keys(NAMESPACES) as (keyof typeof NAMESPACES)[];
  return { ...base.default, ...Object.fromEntries(keys.map((k, i) => [k, domains[i].default])) } as typeof base.default & Record<keyof typeof NAMESPACES, unknown>;
}
