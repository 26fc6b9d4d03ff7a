import "server-only";
import { createTranslator } from "next-intl";
import { isAppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/unavailable";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// createTranslator works in any context (server actions, route handlers, jobs, tests), unlike getTranslations.
export async function caseErrorTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "caseErrors" });
}

type CaseErrorTranslator = Awaited<ReturnType<typeof caseErrorTranslator>>;

/** Field errors carry message keys; an unknown key shows as "invalid" rather than as the raw key. */
export function translateFieldErrors(t: CaseErrorTranslator, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, t.has(v as never) ? t(v as never) : t("invalid")]));
}

/** An expected error in the user's language; anything else is logged and shown as the generic message. */
export async function caseErrorMessage(e: unknown, locale: Locale): Promise<string> {
  const t = await caseErrorTranslator(locale);
  if (isAppError(e)) return t.has(e.code as never) ? t(e.code as never) : t("generic");
  if (isDatabaseUnavailable(e)) return t("database_unavailable");
  console.error("Unexpected error in a case action", e);
  return t("generic");
}
