"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { localizedPath, stripLocalePrefix } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

const NAV_ITEMS = [
  { href: "/", key: "map", icon: "🗺" },
  { href: "/report", key: "report", icon: "✎" },
  { href: "/track", key: "track", icon: "🔍" },
  { href: "/me", key: "me", icon: "👤" },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]["key"];
type Props = { variant: "top" | "bottom"; locale: Locale; labels: Record<NavKey, string> };

/** Labels come from the server: the shell needs no client-side message bundle (lib/i18n/link.tsx). */
export function NavLinks({ variant, locale, labels }: Props) {
  const pathname = stripLocalePrefix(usePathname() ?? "/");
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  const to = (href: string) => localizedPath(href, locale);
  if (variant === "top") {
    return (
      <ul className="flex gap-1">
        {NAV_ITEMS.map((item) => (
          <li key={item.key}>
            <NextLink
              href={to(item.href)}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-white/10 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
            >
              {labels[item.key]}
            </NextLink>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="grid grid-cols-4">
      {NAV_ITEMS.map((item) => (
        <li key={item.key}>
          <NextLink
            href={to(item.href)}
            aria-current={isCurrent(item.href) ? "page" : undefined}
            className="flex min-h-14 flex-col items-center justify-center text-xs text-stone-700 aria-[current=page]:font-bold aria-[current=page]:text-brand-700"
          >
            <span aria-hidden="true" className="text-lg leading-none">{item.icon}</span>
            {labels[item.key]}
          </NextLink>
        </li>
      ))}
    </ul>
  );
}
