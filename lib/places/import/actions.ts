"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { directoryErrors, failed, invalid, type FormState } from "../admin/action-state";
import { runImport, type ImportReport } from "./run-import";
import { importSchema } from "./schema";

export type ImportState = FormState & { report?: ImportReport; mode?: "dry" | "commit"; request?: { format: string; datum: string; content: string } };

const MAX_BYTES = 5_000_000;

/**
 * Staff only (places:manage). The first post carries the file and is always a dry run; the
 * page then posts the same content back for the import, which checks every row again.
 */
export async function importPlacesAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const user = await requirePermission("places:manage");
  const entry = fd.get("file");
  const file = entry && typeof entry !== "string" && entry.size > 0 ? entry : null;
  if (file && file.size > MAX_BYTES) {
    const t = await directoryErrors();
    return { errors: { file: t("file_too_large") }, message: t("validation") };
  }
  const content = file ? await file.text() : String(fd.get("content") ?? "");
  const format = String(fd.get("format") || (/\.(geo)?json$/i.test(file?.name ?? "") ? "geojson" : "csv"));
  const parsed = importSchema.safeParse({ format, datum: fd.get("datum") ?? "", content });
  if (!parsed.success) return invalid(parsed.error);
  // A freshly chosen file is always checked first; only content already checked is imported.
  const mode = fd.get("mode") === "commit" && !file ? "commit" : "dry";
  try {
    const report = await runImport(user.id, parsed.data, mode === "commit");
    if (report.ok && report.imported) revalidatePath("/[locale]/admin/places", "layout");
    return { ok: report.ok, report, mode, request: parsed.data };
  } catch (e) {
    return { ...(await failed(e, "import places")), request: parsed.data };
  }
}
