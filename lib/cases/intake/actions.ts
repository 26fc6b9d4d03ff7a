"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { clientAddress } from "@/lib/http/client-address";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { caseErrorMessage, caseErrorTranslator, translateFieldErrors } from "../error-messages";
import { fieldErrors } from "../schema";
import { formFields, onePageBody, onePageSchema } from "./one-page-form";
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

export type OnePageState = IntakeState & { ok?: { reference: string; secret: string; smsSent: boolean }; values?: Record<string, string> };

/** Server field names → the one-page form's fields: every part of a point is "the location". */
const ONE_PAGE_FIELD: Record<string, string> = { lat: "location", lng: "location", place_id: "location", attributes: "category" };

// public: workers file grievances without an account; this is the report form without JavaScript.
// Rate limits, validation and idempotency (a key rendered into the form) are submitGrievance's.
export async function fileReportAction(_prev: OnePageState, formData: FormData): Promise<OnePageState> {
  const locale = (await getLocale()) as Locale;
  const t = await caseErrorTranslator(locale);
  const { fields, attributes } = formFields(formData);
  const values = { ...fields, ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`attr.${k}`, v])) };
  const fail = (errors: Record<string, string>) => {
    const mapped: Record<string, string> = {};
    for (const [f, key] of Object.entries(errors)) mapped[ONE_PAGE_FIELD[f] ?? f] ??= key;
    return { errors: translateFieldErrors(t, mapped), message: t("validation"), values };
  };
  const parsed = onePageSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  try {
    const built = await onePageBody(parsed.data, attributes);
    if ("errors" in built) return fail(built.errors);
    const ip = clientAddress(await headers());
    const result = await submitGrievance({ body: built.body, photos: [], idempotencyKey: parsed.data.idempotency_key, channel: "WEB", actor: { kind: "WORKER" }, ip, locale });
    // A resend after the 24-hour replay window: the case exists, its code can no longer be shown.
    if (result.code === null) return { message: t("replay_code_expired"), values };
    return { ok: { reference: result.reference, secret: formatTrackingCode(result.code), smsSent: Boolean(built.body.contact_phone) } };
  } catch (e) {
    if (e instanceof SubmissionError && e.code === "validation") return fail(e.fields);
    return { message: await caseErrorMessage(e, locale), values };
  }
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

