import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import type { ReportDraft } from "./report-draft";
import { sendsLocation, type Catalogue, type CatalogueCategory } from "./report-steps";
import { staffIntakeAction } from "../actions";
import { sendOrQueue } from "@/lib/offline/send-or-queue";

export type SendOutcome =
  | { ok: true; reference: string; secret: string }
  | { ok: false; message: string; fields: Record<string, string>; keyUsed?: boolean };

/** The submission's fields, named as the API and the staff action expect them. */
export function buildCaseForm(d: ReportDraft, photos: File[], catalogue: Catalogue): FormData {
  const category: CatalogueCategory | undefined = catalogue.categories.find((c) => c.code === d.category);
  const form = new FormData();
  form.set("worker_group", d.workerGroup);
  form.set("category", d.category);
  form.set("description", d.description);
  if (d.location && sendsLocation(d, catalogue)) {
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
  if (d.consentNotice && (d.consentLocation || !sendsLocation(d, catalogue))) form.set("consent", PRIVACY_NOTICE_VERSION);
  for (const p of photos) form.append("photos", p, p.name);
  return form;
}

/**
 * The worker's submission: `POST /api/v1/cases`, answered in the worker's language. Through
 * XMLHttpRequest rather than fetch because only it reports upload progress, which on a slow phone
 * connection is the difference between "it is working" and "it is stuck".
 */
export async function postCase(form: FormData, key: string, locale: string, fallback: string, onProgress?: (fraction: number) => void): Promise<SendOutcome> {
  form.set("channel", "WEB");
  // Offline, or when the connection drops, the submission waits on the phone and is sent later under
  // the same key (lib/offline); online it goes up with progress.
  const url = `/api/v1/cases?lang=${encodeURIComponent(locale)}`;
  const headers = { "Idempotency-Key": key };
  const res = await sendOrQueue(url, { method: "POST", body: form, headers }, () => sendWithProgress(url, form, headers, onProgress));
  const body = (await res.json().catch(() => null)) as { reference?: string; code?: string | null; message?: string; error?: { message?: string; fields?: Record<string, string> } } | null;
  if (res.status === 201 && body?.reference && body.code) return { ok: true, reference: body.reference, secret: body.code };
  // 200 with no code: a replay after the 24-hour window; the message says why the code is not shown.
  const message = body?.error?.message ?? body?.message ?? fallback;
  const fields = { ...(body?.error?.fields ?? {}) };
  // The whole upload was too big: the photos are what can be made smaller.
  if (res.status === 413) fields.photos ??= message;
  // 422: a case already exists under this key with other content, so the key is spent.
  return { ok: false, message, fields, keyUsed: res.status === 422 };
}

/** A POST whose upload progress is reported; rejects only when no answer came (offline, aborted). */
/** The upload through XMLHttpRequest, the one browser API that reports upload progress; a network failure is a TypeError, as fetch's is. */
function sendWithProgress(url: string, body: FormData, headers: Record<string, string>, onProgress?: (fraction: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => resolve(new Response([204, 205, 304].includes(xhr.status) ? null : xhr.responseText, { status: xhr.status, headers: { "content-type": xhr.getResponseHeader("content-type") ?? "application/json" } }));
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.ontimeout = () => reject(new Error("timeout"));
    xhr.send(body);
  });
}

/** Staff intake at the hall window or from the 12328 hotline, through the server action. */
export async function sendIntake(form: FormData, key: string, channel: string, fallback: string): Promise<SendOutcome> {
  form.set("channel", channel);
  form.set("idempotency_key", key);
  const state = await staffIntakeAction({}, form);
  if (state.ok) return { ok: true, ...state.ok };
  return { ok: false, message: state.message ?? fallback, fields: state.errors ?? {} };
}
