"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { deleteCannedReply, deleteSlaRule, removeCalendarDay, saveCannedReply, setCalendarDay, upsertSlaRule } from "./mutations";
import { calendarDateSchema, calendarDaySchema, cannedReplySchema, idSchema, slaRuleSchema, type SettingsState } from "./schema";

const ERROR_KEYS = new Set(["required", "too_long", "invalid", "invalid_date", "invalid_amount"]);

/** Every settings command: ADMIN only, parsed by its schema, answered in the user's language. */
async function run<S extends z.ZodType>(schema: S, fd: FormData, fn: (actorId: string, input: z.infer<S>) => Promise<unknown>): Promise<SettingsState> {
  const user = await requirePermission("settings:manage");
  const t = await getTranslations("settings.errors");
  const raw = Object.fromEntries([...fd.entries()].filter(([k]) => !k.startsWith("$ACTION")).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_");
      errors[field] ??= t(ERROR_KEYS.has(issue.message) ? (issue.message as "invalid") : "invalid");
    }
    return { errors, message: t("validation") };
  }
  try {
    await fn(user.id, parsed.data);
  } catch (e) {
    if (isAppError(e)) return { message: t(e.code === "not_found" ? "not_found" : "validation") };
    console.error("Settings command failed", e);
    return { message: t("generic") };
  }
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, message: t("saved") };
}

export async function saveSlaRuleAction(_: SettingsState, fd: FormData) {
  return run(slaRuleSchema, fd, upsertSlaRule);
}
export async function deleteSlaRuleAction(_: SettingsState, fd: FormData) {
  return run(idSchema, fd, (actor, i) => deleteSlaRule(actor, i.id));
}
export async function setCalendarDayAction(_: SettingsState, fd: FormData) {
  return run(calendarDaySchema, fd, setCalendarDay);
}
export async function removeCalendarDayAction(_: SettingsState, fd: FormData) {
  return run(calendarDateSchema, fd, (actor, i) => removeCalendarDay(actor, i.date));
}
export async function saveCannedReplyAction(_: SettingsState, fd: FormData) {
  return run(cannedReplySchema, fd, saveCannedReply);
}
export async function deleteCannedReplyAction(_: SettingsState, fd: FormData) {
  return run(idSchema, fd, (actor, i) => deleteCannedReply(actor, i.id));
}
