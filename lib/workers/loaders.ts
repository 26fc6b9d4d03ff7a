import "server-only";
import { cache } from "react";
import { findCaseForTracking } from "@/lib/cases/tracking/data";
import { photoToken } from "@/lib/cases/tracking/photo-token";
import { toPublicView } from "@/lib/cases/tracking/track-and-rate";
import { findCasesByPhone } from "./data";
import { getWorkerSession } from "./session";

/** The signed-in worker's cases: those filed with the phone their session proved. */
export const loadMyCases = cache(async () => {
  const worker = await getWorkerSession();
  if (!worker) return null;
  const rows = await findCasesByPhone(worker.phone);
  return rows.map((c) => ({ reference: c.reference, status: c.status, submittedAt: c.createdAt.toISOString(), category: { zh: c.category.nameZh, en: c.category.nameEn } }));
});

/**
 * One of the worker's cases, in its public view, without the code: the session's verified phone
 * is the proof. Another phone's case is null, the same as a missing one.
 */
export const loadMyCase = cache(async (reference: string) => {
  const worker = await getWorkerSession();
  if (!worker) return null;
  const c = await findCaseForTracking(reference.trim().toUpperCase());
  if (!c || c.redactedAt || !c.contactPhone || c.contactPhone !== worker.phone) return null;
  const view = await toPublicView(c);
  return { ...view, photoUrls: view.photoIds.map((id) => `/api/v1/cases/${view.reference}/photos/${id}?t=${photoToken(view.reference, id)}`) };
});
