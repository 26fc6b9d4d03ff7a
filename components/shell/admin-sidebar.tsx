"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const ITEMS = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/cases", key: "cases" },
  { href: "/admin/places", key: "places" },
  { href: "/admin/merchants", key: "merchants" },
  { href: "/admin/stats", key: "stats" },
  { href: "/admin/departments", key: "departments" },
  { href: "/admin/users", key: "users" },
] as const;

export function AdminSidebar() {
  const t = useTranslations("admin");
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {ITEMS.map((item) => {
          const current = item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-stone-100 hover:bg-white/10 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
