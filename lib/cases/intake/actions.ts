"use server";

import { getLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { caseErrorMessage, caseErrorTranslator, translateFieldErrors } from "../error-messages";
import { formatTrackingCode } from "../tracking-code";
import { submitGrievance, SubmissionError } from "./submit-grievance";

export type IntakeState = { ok?: { reference: string; secret: string }; replayExpired?: { reference: string }; errors?: Record<string, string>; message?: string };

// Staff only (OFFICER): a case entered for a worker at the service hall or from the 12328 hotline.
export async function staffIntakeAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  const user = await requirePermission("cases:intake");
  const locale = (await getLocale()) as Locale;
  const channel = formData.get("channel") === "HOTLINE_12328" ? "HOTLINE_12328" : "HALL_WINDOW";
  const body: Record<string, unknown> = {};
  const photos: Uint8Array[] = [];
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || key === "channel" || key === "idempotency_key") continue;
    if (key === "photos" && typeof value !== "string") {
      if (value.size > 0) photos.push(new Uint8Array(await value.arrayBuffer()));
    } else if (typeof value === "string") body[key] = key === "lat" || key === "lng" ? Number(value) : key === "anonymous" ? value === "true" || value === "on" : key === "attributes" ? safeJson(value) : value;
  }
  body.anonymous ??= false;
  try {
    const key = String(formData.get("idempotency_key") ?? "");
    if (!/^[A-Za-z0-9_-]{16,100}$/.test(key)) throw new SubmissionError("validation", 400, { _: "invalid" });
    const result = await submitGrievance({ body, photos, idempotencyKey: key, channel, actor: { kind: "STAFF", role: user.role, userId: user.id, departmentId: user.departmentId }, ip: "staff", locale });
    if (result.code === null) return { replayExpired: { reference: result.reference }, message: (await caseErrorTranslator(locale))("replay_code_expired") };
    return { ok: { reference: result.reference, secret: formatTrackingCode(result.code) } };
  } catch (e) {
    const t = await caseErrorTranslator(locale);
    if (e instanceof SubmissionError) return { errors: translateFieldErrors(t, e.fields), message: t("validation") };
    return { message: await caseErrorMessage(e, locale) };
  }
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

