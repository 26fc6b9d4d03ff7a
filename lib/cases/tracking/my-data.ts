import "server-only";
import { AppError } from "@/lib/errors";
import { CLOSED_STATUSES } from "../privacy/data";
import { inTransaction, recordDeletionRequest, redactCase } from "../privacy/mutations";
import { findCaseDataForWorker } from "./data";
import { verifyTrackingCode } from "./verify-code";

/** What the worker gave us, as they gave it: the view, the JSON download and the printable page. */
export type WorkerData = {
  reference: string;
  status: string;
  channel: string;
  submittedAt: string;
  category: { code: string; zh: string; en: string };
  workerGroup: { code: string; zh: string; en: string };
  description: string;
  answers: { code: string; zh: string; en: string; value: unknown }[];
  location: { lat: number | null; lng: number | null; district: string | null; place: { zh: string; en: string | null } | null };
  employer: string | null;
  anonymous: boolean;
  contact: { name: string | null; phone: string | null };
  consent: { version: string; at: string };
  ratingComment: string | null;
  photoIds: string[];
  deletionRequestedAt: string | null;
  redactedAt: string | null;
};

type AttributeDef = { code: string; descriptionZh?: string; descriptionEn?: string };
// Shares the tracking page's counters: the same guessing limits guard every use of a code.
const verified = (reference: string, secret: string, ip: string) => verifyTrackingCode(reference, secret, ip, findCaseDataForWorker);

type CaseData = NonNullable<Awaited<ReturnType<typeof findCaseDataForWorker>>>;

/** A signed-in worker's own case: the session's verified phone is the case's contact phone. */
async function ownCase(reference: string, phone: string): Promise<CaseData | null> {
  const c = await findCaseDataForWorker(reference.trim().toUpperCase());
  return c && c.contactPhone !== null && c.contactPhone === phone ? c : null;
}

/** Public, secret-holder only: everything the worker submitted. null for a wrong reference or secret. */
export async function workerData(reference: string, secret: string, ip: string): Promise<WorkerData | null> {
  const c = await verified(reference, secret, ip);
  return c ? toWorkerData(c) : null;
}

/** The same for a signed-in worker, proven by the phone their SMS code verified. */
export async function workerDataForPhone(reference: string, phone: string): Promise<WorkerData | null> {
  const c = await ownCase(reference, phone);
  return c ? toWorkerData(c) : null;
}

function toWorkerData(c: CaseData): WorkerData {
  const defs = (Array.isArray(c.category.attributes) ? c.category.attributes : []) as AttributeDef[];
  const answers = Object.entries((c.attributes ?? {}) as Record<string, unknown>).map(([code, value]) => {
    const def = defs.find((d) => d.code === code);
    return { code, zh: def?.descriptionZh ?? code, en: def?.descriptionEn ?? code, value };
  });
  return {
    reference: c.reference,
    status: c.status,
    channel: c.channel,
    submittedAt: c.createdAt.toISOString(),
    category: { code: c.category.code, zh: c.category.nameZh, en: c.category.nameEn },
    workerGroup: { code: c.workerGroup.code, zh: c.workerGroup.nameZh, en: c.workerGroup.nameEn },
    description: c.description,
    answers,
    location: { lat: c.lat, lng: c.lng, district: c.district, place: c.place ? { zh: c.place.nameZh, en: c.place.nameEn } : null },
    employer: c.employer,
    anonymous: c.anonymous,
    contact: { name: c.contactName, phone: c.contactPhone },
    consent: { version: c.consentVersion, at: c.consentAt.toISOString() },
    ratingComment: c.ratingComment,
    photoIds: c.photos.map((p) => p.id),
    deletionRequestedAt: c.deletionRequestedAt?.toISOString() ?? null,
    redactedAt: c.redactedAt?.toISOString() ?? null,
  };
}

/**
 * "deleted": the case was closed, its personal data is gone now. "scheduled": staff are still
 * handling it and need the contact and details to do so; it is anonymised as soon as it closes
 * (the hourly redact_expired_cases job). "already": asked before, or already deleted.
 */
export type DeletionOutcome = "deleted" | "scheduled" | "already";

/** Public, secret-holder only: the worker asks for their personal data to be deleted. */
export async function requestDeletion(reference: string, secret: string, ip: string, now = new Date()): Promise<DeletionOutcome> {
  return deleteFor(await verified(reference, secret, ip), now);
}

/** The same for a signed-in worker's own case. */
export async function requestDeletionForPhone(reference: string, phone: string, now = new Date()): Promise<DeletionOutcome> {
  return deleteFor(await ownCase(reference, phone), now);
}

async function deleteFor(c: CaseData | null, now: Date): Promise<DeletionOutcome> {
  if (!c) throw new AppError("not_found", 404);
  if (c.redactedAt || c.deletionRequestedAt) return "already";
  const closed = (CLOSED_STATUSES as readonly string[]).includes(c.status);
  // The request and, for a closed case, the redaction commit together: the timeline never shows one without the other.
  await inTransaction(async (tx) => {
    await recordDeletionRequest(tx, c.id, now);
    if (closed) await redactCase(c.id, "worker_request", { tx });
  });
  return closed ? "deleted" : "scheduled";
}
