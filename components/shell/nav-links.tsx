"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const ITEMS = [
  { href: "/", key: "map", icon: "🗺" },
  { href: "/report", key: "report", icon: "✎" },
  { href: "/track", key: "track", icon: "🔍" },
  { href: "/me", key: "me", icon: "👤" },
] as const;

export function NavLinks({ variant }: { variant: "top" | "bottom" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  if (variant === "top") {
    return (
      <ul className="flex gap-1">
        {ITEMS.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-white/10 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="grid grid-cols-4">
      {ITEMS.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            aria-current={isCurrent(item.href) ? "page" : undefined}
            className="flex min-h-14 flex-col items-center justify-center text-xs text-stone-700 aria-[current=page]:font-bold aria-[current=page]:text-brand-700"
          >
            <span aria-hidden="true" className="text-lg leading-none">{item.icon}</span>
            {t(item.key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
