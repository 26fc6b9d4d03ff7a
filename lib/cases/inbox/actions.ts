"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { inboxQuery } from "./query";
import { parseInboxFilter, savedViewSchema } from "./schema";
import { createSavedView, deleteSavedView, MAX_SAVED_VIEWS } from "./mutations";

export type SavedViewState = { ok?: boolean; message?: string };

/** Only known filter keys survive: a saved view can never carry arbitrary text into a link. */
function canonicalQuery(raw: string): string {
  const params = new URLSearchParams(raw);
  const record: Record<string, string[]> = {};
  for (const [k, v] of params) (record[k] ??= []).push(v);
  const view = params.get("view") === "board" ? "board" : null;
  return inboxQuery({ ...parseInboxFilter(record), cursor: undefined }, { view });
}

export async function saveViewAction(_: SavedViewState, fd: FormData): Promise<SavedViewState> {
  const user = await requirePermission("cases:read");
  const t = await getTranslations("dashboard.savedViews");
  const parsed = savedViewSchema.safeParse({ name: fd.get("name") ?? "", query: fd.get("query") ?? "" });
  if (!parsed.success) return { message: t("invalid") };
  try {
    await createSavedView(user.id, { name: parsed.data.name, query: canonicalQuery(parsed.data.query) });
  } catch (e) {
    if (isAppError(e)) return { message: t("tooMany", { max: MAX_SAVED_VIEWS }) };
    throw e;
  }
  revalidatePath("/[locale]/admin/cases", "page");
  return { ok: true, message: t("saved") };
}

export async function deleteViewAction(_: SavedViewState, fd: FormData): Promise<SavedViewState> {
  const user = await requirePermission("cases:read");
  const t = await getTranslations("dashboard.savedViews");
  const id = z.string().min(1).max(40).safeParse(fd.get("id"));
  if (!id.success || !(await deleteSavedView(user.id, id.data))) return { message: t("notFound") };
  revalidatePath("/[locale]/admin/cases", "page");
  return { ok: true, message: t("deleted") };
}
