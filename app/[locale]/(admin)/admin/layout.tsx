import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { adminNavFor } from "@/components/shell/admin-nav";
import { AdminSidebar } from "@/components/shell/admin-sidebar";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/lib/auth/components/sign-out-button";
import { NotificationBell } from "@/lib/notify/components/notification-bell";
import { requirePermission } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("admin:enter");
  const t = await getTranslations();
  // Staff screens are many and desktop-first: their client components get every namespace.
  return (
    <ClientMessages namespaces="all">
    <div className="min-h-dvh md:flex">
      <aside className="bg-stone-800 p-3 text-white md:min-h-dvh md:w-56 md:shrink-0">
        <Link href="/admin" className="mb-3 flex min-h-11 items-center font-bold">
          {t("common.appName")} · {t("admin.title")}
        </Link>
        <AdminSidebar items={adminNavFor(user.role)} />
      </aside>
      <div className="flex-1">
        <header className="flex flex-wrap items-center gap-3 border-b border-stone-300 bg-white px-4 py-2">
          <span className="text-sm text-stone-700">
            {user.name} · {t(`roles.${user.role}`)}
          </span>
          <div className="ml-auto">
            <NotificationBell />
          </div>
          <div className="flex items-center gap-2 rounded-md bg-stone-800 p-1">
            <LanguageSwitch />
          </div>
          <SignOutButton />
        </header>
        <main id="main" className="p-4">
          {children}
        </main>
      </div>
    </div>
    </ClientMessages>
  );
}
