import { getLocale, getMessages } from "next-intl/server";
import type { Messages } from "next-intl";
import type { ReactNode } from "react";
import { BottomNav } from "@/components/shell/bottom-nav";
import { PublicHeader } from "@/components/shell/public-header";
import type { Locale } from "@/lib/i18n/routing";
import { OfflineChromeLoader } from "@/lib/offline/components/offline-chrome-loader";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  // The manifest's strings stay on the server.
  const { manifest, ...strings }: Messages["offline"] = messages.offline;
  return (
    <>
      <PublicHeader />
      <OfflineChromeLoader strings={strings} locale={locale as Locale} />
      <main id="main" className="mx-auto max-w-6xl px-3 pb-20 pt-3 md:pb-6">
        {children}
      </main>
      <BottomNav />
    </>
  );
}
