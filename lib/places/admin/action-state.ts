import "server-only";
import { getLocale } from "next-intl/server";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** What every directory form gets back through useActionState. */
export type FormState = { ok?: boolean; message?: string; errors?: Record<string, string>; values?: Record<string, unknown> };

export async function directoryErrors() {
  const locale = (await getLocale()) as Locale;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "directory.errors" });
  return (code: string) => (t.has(code as never) ? t(code as never) : t("generic"));
}

/** Zod issues as field → translated message (the first issue of each field). */
export async function invalid(error: z.ZodError, values?: Record<string, unknown>): Promise<FormState> {
  const t = await directoryErrors();
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_";
    errors[field] ??= t(/^[a-z_]+$/.test(issue.message) ? issue.message : "invalid");
  }
  return { errors, message: t("validation"), values };
}

/** An expected failure in the user's language; anything else is logged and reads as generic. */
export async function failed(e: unknown, context: string): Promise<FormState> {
  const t = await directoryErrors();
  if (isAppError(e)) return { message: t(e.code) };
  console.error(`Directory action failed: ${context}`, e);
  return { message: t("generic") };
}
