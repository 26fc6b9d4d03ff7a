import "server-only";
import { AppError } from "@/lib/errors";
import { findReferenceById } from "../data";
import { transitionCase } from "../workflow/mutations/core";
import type { Rating } from "../schema";
import { findCaseForTracking } from "./data";
import { verifyTrackingCode } from "./verify-code";

/** `byWorker`: the note is the worker's own words (their rating comment), not a reply from staff. */
export type PublicTimelineEntry = { id: string; type: string; status: string | null; note: string | null; byWorker: boolean; at: string };

/** The worker's view of a case: public steps only, never internal notes, staff names or contacts. */
export type PublicCaseView = {
  reference: string;
  category: { code: string; zh: string; en: string };
  status: string;
  submittedAt: string;
  dueAt: string | null;
  department: { zh: string; en: string } | null;
  mergedInto: string | null;
  awaitingRating: boolean;
  rating: string | null;
  photoIds: string[];
  /** Latest first. */
  timeline: PublicTimelineEntry[];
};

/**
 * Public: finds a case by reference and tracking code. An unknown reference, a wrong code and a
 * reference locked after too many wrong codes give the same null (limits in ./verify-code.ts).
 */
export async function trackCase(reference: string, secret: string, ip: string): Promise<PublicCaseView | null> {
  const c = await verifyTrackingCode(reference, secret, ip, findCaseForTracking);
  return c ? toPublicView(c) : null;
}

type TrackedRow = NonNullable<Awaited<ReturnType<typeof findCaseForTracking>>>;

/** The public view of a case the caller is already entitled to (the code checked, or a worker session with its phone). */
export async function toPublicView(c: TrackedRow): Promise<PublicCaseView> {
  const merged = c.mergedIntoId ? await findReferenceById(c.mergedIntoId) : null;
  return {
    reference: c.reference,
    category: { code: c.categoryCode, zh: c.category.nameZh, en: c.category.nameEn },
    status: c.status,
    submittedAt: c.createdAt.toISOString(),
    dueAt: c.dueAt?.toISOString() ?? null,
    department: c.leadDepartment ? { zh: c.leadDepartment.nameZh, en: c.leadDepartment.nameEn } : null,
    mergedInto: merged?.reference ?? null,
    awaitingRating: c.status === "RESOLVED",
    rating: c.rating,
    photoIds: c.photos.map((p) => p.id),
    timeline: c.events.map((e) => ({ id: e.id, type: e.type, status: e.toStatus, note: e.note, byWorker: e.actorKind === "WORKER", at: e.createdAt.toISOString() })),
  };
}

export const reopenCap = () => Number(process.env.CASE_REOPEN_CAP ?? 2);

/**
 * Public: the worker rates the outcome of a resolved case. 不满意 reopens it (重办) until the cap,
 * after which it goes to a supervisor's attention instead.
 */
export async function rateCase(reference: string, secret: string, ip: string, rating: Rating, comment?: string): Promise<PublicCaseView> {
  const c = await verifyTrackingCode(reference, secret, ip, findCaseForTracking);
  if (!c) throw new AppError("not_found", 404);
  if (c.status !== "RESOLVED") throw new AppError("not_awaiting_rating", 409);
  const unsatisfied = rating === "UNSATISFIED";
  const name = !unsatisfied ? "rate_satisfied" : c.reopenCount < reopenCap() ? "rate_unsatisfied_reopen" : "rate_unsatisfied_capped";
  await transitionCase({
    caseId: c.id,
    name,
    actor: { kind: "WORKER" },
    note: comment,
    payload: { rating },
    data: {
      rating,
      ratingComment: comment ?? null,
      ratedAt: new Date(),
      ...(name === "rate_unsatisfied_reopen" ? { reopenCount: { increment: 1 } } : {}),
      ...(name === "rate_unsatisfied_capped" ? { needsSupervisor: true } : {}),
    },
  });
  // Re-read without another guess: the code was checked above, and the case is now rated.
  return toPublicView((await findCaseForTracking(c.reference))!);
}
