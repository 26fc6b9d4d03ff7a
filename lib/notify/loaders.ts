import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { countUnread, listNotifications } from "@/lib/notify/data";

/** The signed-in staff member's own in-app notifications; nobody else's are ever asked for. */
export const loadMyNotifications = cache(async () => {
  const user = await requirePermission("admin:enter");
  const [items, unread] = await Promise.all([listNotifications(user.id, { take: 100 }), countUnread(user.id)]);
  return { items, unread };
});

/** Just the unread count, for the bell in the admin header. */
export const loadUnreadCount = cache(async () => {
  const user = await requirePermission("admin:enter");
  return countUnread(user.id);
});
