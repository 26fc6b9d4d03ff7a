"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export type AdminNavItem = { href: string; key: "dashboard" | "cases" | "places" | "reports" | "merchants" | "notifications" | "departments" | "users" | "settings" | "jobs" };

/** The sidebar shows what the layout says this role may open; every page checks again itself. */
export function AdminSidebar({ items }: { items: AdminNavItem[] }) {
  const t = useTranslations("admin");
  const pathname = usePathname();
  const current = items
    .filter((i) => (i.href === "/admin" ? pathname === "/admin" : pathname === i.href || pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={t("nav")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item === current ? "page" : undefined}
              className="flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-stone-100 hover:bg-white/10 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
