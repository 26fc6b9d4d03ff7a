"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "en" ? "zh-CN" : "en";
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={`${t("language")}: ${t("switchTo")}`}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-white/60 px-3 text-sm font-medium text-white hover:bg-white/10"
    >
      {t("switchTo")}
    </Link>
  );
}
