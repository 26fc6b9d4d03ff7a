import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import type { ReportDraft } from "./report-draft";
import type { CatalogueCategory } from "./report-steps";
import { staffIntakeAction } from "../actions";
import { sendOrQueue } from "@/lib/offline/send-or-queue";

export type SendOutcome =
  | { ok: true; reference: string; secret: string }
  | { ok: false; message: string; fields: Record<string, string>; keyUsed?: boolean };

/** The submission's fields, named as the API and the staff action expect them. */
export function buildCaseForm(d: ReportDraft, photos: File[], category: CatalogueCategory | undefined): FormData {
  const form = new FormData();
  form.set("worker_group", d.workerGroup);
  form.set("category", d.category);
  form.set("description", d.description);
  if (d.location) {
    form.set("lat", String(d.location.lat));
    form.set("lng", String(d.location.lng));
    if (d.location.source === "station" && d.location.placeId) form.set("place_id", d.location.placeId);
  }
  if (d.employer.trim()) form.set("employer", d.employer.trim());
  // Only this category's questions, and only the ones answered; numbers go as numbers.
  const answers: Record<string, string | number | string[]> = {};
  for (const a of category?.attributes ?? []) {
    const v = d.attributes[a.code];
    if (v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
    answers[a.code] = a.datatype === "number" && typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  if (Object.keys(answers).length) form.set("attributes", JSON.stringify(answers));
  form.set("anonymous", d.anonymous ? "true" : "false");
  if (!d.anonymous && d.contactName.trim()) form.set("contact_name", d.contactName.trim());
  if (d.contactPhone.trim()) form.set("contact_phone", d.contactPhone.trim());
  if (d.consentNotice && d.consentLocation) form.set("consent", PRIVACY_NOTICE_VERSION);
  for (const p of photos) form.append("photos", p, p.name);
  return form;
}

/** The worker's submission: `POST /api/v1/cases`, answered in the worker's language. */
export async function postCase(form: FormData, key: string, locale: string, fallback: string): Promise<SendOutcome> {
  form.set("channel", "WEB");
  // Offline, the submission waits on the phone and is sent later under the same key (lib/offline).
  const res = await sendOrQueue(`/api/v1/cases?lang=${encodeURIComponent(locale)}`, { method: "POST", body: form, headers: { "Idempotency-Key": key } });
  const body = (await res.json().catch(() => null)) as { reference?: string; secret?: string; error?: { message?: string; fields?: Record<string, string> } } | null;
  if (res.status === 201 && body?.reference && body.secret) return { ok: true, reference: body.reference, secret: body.secret };
  const message = body?.error?.message ?? fallback;
  const fields = { ...(body?.error?.fields ?? {}) };
  // The whole upload was too big: the photos are what can be made smaller.
  if (res.status === 413) fields.photos ??= message;
  // 422: a case already exists under this key with other content, so the key is spent.
  return { ok: false, message, fields, keyUsed: res.status === 422 };
}

/** Staff intake at the hall window or from the 12328 hotline, through the server action. */
export async function sendIntake(form: FormData, key: string, channel: string, fallback: string): Promise<SendOutcome> {
  form.set("channel", channel);
  form.set("idempotency_key", key);
  const state = await staffIntakeAction({}, form);
  if (state.ok) return { ok: true, ...state.ok };
  return { ok: false, message: state.message ?? fallback, fields: state.errors ?? {} };
}
