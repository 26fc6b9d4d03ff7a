import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { loadMyNotifications } from "@/lib/notify/loaders";
import { MarkAllRead } from "@/lib/notify/components/mark-all-read";
import { NotificationList } from "@/lib/notify/components/notification-list";

export async function generateMetadata() {
  const t = await getTranslations("dashboard.notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const [{ items, unread }, t] = await Promise.all([loadMyNotifications(), getTranslations("dashboard.notifications")]);
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <p className="font-semibold">{t("unread", { count: unread })}</p>
      <MarkAllRead disabled={unread === 0} />
      <NotificationList items={items} />
    </div>
  );
}
