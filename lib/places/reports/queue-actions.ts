"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/server-navigation";
import { reportCommandSchema } from "../admin/schema";
import { resolvePlaceReport } from "../admin/mutations";
import { convertReportToCase } from "./place-reports";

/** Only pages of the staff directory may be returned to. */
const safeReturn = (v: FormDataEntryValue | null) => {
  const s = typeof v === "string" ? v : "";
  return /^\/admin\/places(\/[a-z0-9]{20,40}|\/reports)?$/i.test(s) ? s : "/admin/places/reports";
};

/**
 * Staff only (places:manage): mark a rider's report fixed, dismiss it, or turn it into a
 * grievance case. A plain form post that redirects back with the outcome, so it needs no script.
 */
export async function reportCommandAction(fd: FormData): Promise<void> {
  const user = await requirePermission("places:manage");
  const back = safeReturn(fd.get("returnTo"));
  const locale = await getLocale();
  const parsed = reportCommandSchema.safeParse({ reportId: fd.get("reportId") ?? "", command: fd.get("command") ?? "" });
  if (!parsed.success) return redirect({ href: `${back}?error=invalid`, locale });
  const { reportId, command } = parsed.data;
  let query: string;
  try {
    if (command === "convert") query = `done=converted&reference=${encodeURIComponent(await convertReportToCase(user, reportId))}`;
    else {
      await resolvePlaceReport(user.id, reportId, { status: command === "fix" ? "FIXED" : "DISMISSED" });
      query = `done=${command === "fix" ? "fixed" : "dismissed"}`;
    }
  } catch (e) {
    if (!isAppError(e)) console.error("Report command failed", e);
    query = `error=${isAppError(e) ? e.code : "generic"}`;
  }
  revalidatePath("/[locale]/admin/places", "layout");
  return redirect({ href: `${back}?${query}`, locale });
}
