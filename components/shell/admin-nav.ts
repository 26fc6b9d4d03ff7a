import { can, type Role } from "@/lib/auth/roles";
import type { AdminNavItem } from "./admin-sidebar";

/** The admin sections a role may open, in sidebar order. */
export function adminNavFor(role: Role): AdminNavItem[] {
  const items: (AdminNavItem & { show: boolean })[] = [
    { href: "/admin", key: "dashboard", show: true },
    { href: "/admin/cases", key: "cases", show: can(role, "cases:read") },
    { href: "/admin/notifications", key: "notifications", show: true },
    { href: "/admin/places", key: "places", show: can(role, "places:read") },
    { href: "/admin/places/reports", key: "reports", show: can(role, "places:manage") },
    { href: "/admin/merchants", key: "merchants", show: can(role, "merchants:review") },
    { href: "/admin/departments", key: "departments", show: true },
    { href: "/admin/users", key: "users", show: can(role, "users:manage") },
    { href: "/admin/settings", key: "settings", show: can(role, "settings:manage") },
    { href: "/admin/jobs", key: "jobs", show: can(role, "settings:manage") },
  ];
  return items.filter((i) => i.show).map(({ href, key }) => ({ href, key }));
}
