import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { LanguageSwitch } from "./language-switch";
import { LARGE_TEXT_COOKIE } from "./large-text";
import { LargeTextSwitch } from "./large-text-switch";
import { SiteNav } from "./site-nav";

export async function PublicHeader() {
  const [t, jar] = await Promise.all([getTranslations(), cookies()]);
  return (
    <header className="sticky top-0 z-[1000] bg-brand-700 text-white shadow">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-3 py-1">
        <Link href="/" className="flex min-h-11 items-center gap-2 font-bold">
          <span aria-hidden="true" className="text-xl">暖</span>
          <span>
            {t("common.appName")}
            <span className="ml-2 hidden text-sm font-normal sm:inline">{t("common.tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("nav.main")} className="ml-auto hidden md:block">
          <SiteNav variant="top" />
        </nav>
        <div className="ml-auto flex items-center gap-2 md:ml-2">
          <LargeTextSwitch label={t("offline.largeTextOn")} initial={jar.get(LARGE_TEXT_COOKIE)?.value === "1"} />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
