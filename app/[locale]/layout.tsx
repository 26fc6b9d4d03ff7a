import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { LARGE_TEXT_CLASS, LARGE_TEXT_COOKIE } from "@/components/shell/large-text";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    // The manifest link comes from app/manifest.ts; iOS reads its own tags and icon.
    appleWebApp: { capable: true, title: "暖新", statusBarStyle: "default" },
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9a3412" };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, jar] = await Promise.all([getTranslations("common"), cookies()]);
  // 长辈版 is chosen on the device and read here, so the first paint is already large (no inline script).
  const largeText = jar.get(LARGE_TEXT_COOKIE)?.value === "1";
  return (
    <html lang={locale} className={largeText ? LARGE_TEXT_CLASS : undefined}>
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] focus:rounded focus:bg-white focus:px-4 focus:py-3">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
