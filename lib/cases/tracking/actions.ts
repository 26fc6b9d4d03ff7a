"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { createTranslator } from "next-intl";
import { requirePermission } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { clientIp } from "@/lib/http/rate-limit";
import type { Locale } from "@/lib/i18n/routing";
import { photoToken } from "./photo-token";
import { ratingSchema, trackingSchema } from "../schema";
import { submitGrievance, SubmissionError } from "../intake/submit-grievance";
import { rateCase, trackCase, type PublicCaseView } from "./track-and-rate";

export type TrackedCase = PublicCaseView & { photoUrls: string[] };
export type TrackState = { view?: TrackedCase; message?: string; reference?: string; secret?: string };

async function errorMessage(e: unknown): Promise<string> {
  const locale = (await getLocale()) as Locale;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "caseErrors" });
  if (isAppError(e)) return t.has(e.code as never) ? t(e.code as never) : t("generic");
  console.error("Unexpected error in a case action", e);
  return t("generic");
}

function withPhotos(view: PublicCaseView): TrackedCase {
  return { ...view, photoUrls: view.photoIds.map((id) => `/api/v1/cases/${view.reference}/photos/${id}?t=${photoToken(view.reference, id)}`) };
}

// Public action: anyone may call it. The secret travels in the POST body, never in a URL.
export async function trackAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const parsed = trackingSchema.safeParse({ reference: formData.get("reference") ?? "", secret: formData.get("secret") ?? "" });
  if (!parsed.success) return { message: await errorMessage(new AppError("not_found", 404)) };
  const { reference, secret } = parsed.data;
  try {
    const view = await trackCase(reference, secret, clientIp(await headers()));
    if (!view) return { message: await errorMessage(new AppError("not_found", 404)), reference };
    return { view: withPhotos(view), reference, secret };
  } catch (e) {
    return { message: await errorMessage(e), reference };
  }
}

// Public action: the worker's rating, checked against the tracking secret like trackAction.
export async function rateAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const reference = String(formData.get("reference") ?? "");
  const secret = String(formData.get("secret") ?? "");
  const parsed = ratingSchema.safeParse({ rating: formData.get("rating") ?? undefined, comment: (formData.get("comment") as string) || undefined });
  if (!parsed.success) return { message: await errorMessage(new AppError("validation", 400)), reference, secret };
  try {
    const view = await rateCase(reference, secret, clientIp(await headers()), parsed.data.rating, parsed.data.comment);
    return { view: withPhotos(view), reference, secret };
  } catch (e) {
    return { message: await errorMessage(e), reference, secret };
  }
}

export type IntakeState = { ok?: { reference: string; secret: string }; errors?: Record<string, string>; message?: string };

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
    return { ok: { reference: result.reference, secret: result.secret } };
  } catch (e) {
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "caseErrors" });
    if (e instanceof SubmissionError) return { errors: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, t.has(v as never) ? t(v as never) : t("invalid")])), message: t("validation") };
    return { message: await errorMessage(e) };
  }
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

