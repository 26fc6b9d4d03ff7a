"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { localizedPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/** The same page in the other language; labels come from the server (lib/i18n/link.tsx says why). */
export function LanguageSwitchLink({ other, label, ariaLabel }: { other: Locale; label: string; ariaLabel: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <NextLink
      href={localizedPath(pathname, other)}
      prefetch={false}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-white/60 px-3 text-sm font-medium text-white hover:bg-white/10"
    >
      {label}
    </NextLink>
  );
}
