"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/notify/mutations";

export type MarkReadState = { ok?: boolean; message?: string };

/** Marks the caller's own notifications read: the user id comes from the session, never the form. */
export async function markAllReadAction(): Promise<MarkReadState> {
  const user = await requirePermission("admin:enter");
  await markNotificationsRead(user.id, "all");
  revalidatePath("/[locale]/admin", "layout");
  const t = await getTranslations("dashboard.notifications");
  return { ok: true, message: t("marked") };
}
