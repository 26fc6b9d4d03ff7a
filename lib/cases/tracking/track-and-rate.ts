import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { findReferenceById } from "../data";
import { transitionCase } from "../workflow/mutations/core";
import type { Rating } from "../schema";
import { secretMatches } from "../secret";
import { findCaseForTracking } from "./data";

export type PublicTimelineEntry = { id: string; type: string; status: string | null; note: string | null; at: string };

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
  timeline: PublicTimelineEntry[];
};

const guessLimit = () => Number(process.env.TRACK_RATE_LIMIT_PER_IP ?? 30) || 30;

/**
 * Public: finds a case by reference and tracking secret. An unknown reference and a wrong secret
 * give the same null, and attempts per client are limited so that secrets cannot be guessed.
 */
export async function trackCase(reference: string, secret: string, ip: string): Promise<PublicCaseView | null> {
  await limitGuessing(ip);
  const c = await verifiedCase(reference, secret);
  return c ? toPublicView(c) : null;
}

async function limitGuessing(ip: string) {
  const wait = await hitRateLimit("track-ip", ip, guessLimit(), 600);
  if (wait) throw Object.assign(new AppError("rate_limited", 429), { retryAfter: wait });
}

async function verifiedCase(reference: string, secret: string) {
  const c = await findCaseForTracking(reference.trim().toUpperCase());
  return c && secretMatches(secret.trim(), c.secretHash) ? c : null;
}

async function toPublicView(c: NonNullable<Awaited<ReturnType<typeof findCaseForTracking>>>): Promise<PublicCaseView> {
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
    timeline: c.events.map((e) => ({ id: e.id, type: e.type, status: e.toStatus, note: e.note, at: e.createdAt.toISOString() })),
  };
}

export const reopenCap = () => Number(process.env.CASE_REOPEN_CAP ?? 2);

/**
 * Public: the worker rates the outcome of a resolved case. 不满意 reopens it (重办) until the cap,
 * after which it goes to a supervisor's attention instead.
 */
export async function rateCase(reference: string, secret: string, ip: string, rating: Rating, comment?: string): Promise<PublicCaseView> {
  await limitGuessing(ip);
  const c = await verifiedCase(reference, secret);
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
  return toPublicView((await verifiedCase(reference, secret))!);
}
