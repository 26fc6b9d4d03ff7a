import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "@/lib/http/json-depth";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { districtAt } from "@/lib/places/district";
import { blobStore, newBlobKey } from "@/lib/storage";
import { UnavailableError } from "@/lib/unavailable";
import { assertPhotoCount, processPhoto, PhotoError } from "@/lib/uploads/photos";
import { insertCase } from "../workflow/mutations/core";
import { caseSubmissionSchema, checkAttributes, fieldErrors, type CategoryAttribute, type CategoryLocationRule, type Channel, type FieldErrors } from "../schema";
import { digest, newReference, requestFingerprint } from "../secret";
import { hashTrackingCode, newTrackingCode } from "../tracking-code";
import { openReplayCode, REPLAY_WINDOW_MS, sealReplayCode } from "./replay-code";
import { notifySubmitted } from "./notify-submitted";
import type { Actor } from "../workflow/workflow";
import { findCaseByIdempotencyKey, findCategory, placeExists, referenceExists, workerGroupExists } from "./data";

export class SubmissionError extends AppError {
  constructor(code: "validation" | "idempotency_conflict" | "rate_limited", status: number, readonly fields: FieldErrors = {}, readonly retryAfter?: number) {
    super(code, status);
  }
}

/**
 * `code` is the tracking code (8 characters, shown formatted). It is null only for a replay after
 * the idempotency window, when the encrypted copy is gone: the case exists, its code cannot be shown
 * again (the worker has it from the first answer or the SMS, or recovers it by phone).
 */
export type SubmitResult = { reference: string; code: string | null; status: string; replayed: boolean };

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;

/**
 * Files a grievance: the one domain function behind the web form, staff intake and the JSON API
 * (`POST /api/v1/cases`). Idempotent on `idempotencyKey`: a retry with the same body returns the
 * same case and, within REPLAY_WINDOW_MS, the same code; the same key with another body is refused.
 */
export async function submitGrievance(args: {
  body: Record<string, unknown>;
  photos: Uint8Array[];
  idempotencyKey: string;
  channel: Channel;
  actor: Actor;
  ip: string;
  locale: string;
  /** The clock the 受理 deadline is counted from; tests pass one. */
  now?: Date;
}): Promise<SubmitResult> {
  // Before anything walks the body (the fingerprint sorts keys recursively): a hostile nesting is a 400.
  if (nestsDeeperThan(args.body, MAX_JSON_DEPTH)) throw new SubmissionError("validation", 400, { _: "invalid" });
  const fingerprint = requestFingerprint(args.body, args.photos.map(digest));
  const replay = await checkReplay(args.idempotencyKey, fingerprint);
  if (replay) return replay;

  if (args.actor.kind === "WORKER") {
    const wait = await hitRateLimit("case-ip", args.ip, num("CASE_RATE_LIMIT_PER_IP", 60), 3600);
    if (wait) throw new SubmissionError("rate_limited", 429, {}, wait);
  }
  const parsed = caseSubmissionSchema.safeParse(args.body);
  if (!parsed.success) throw new SubmissionError("validation", 400, fieldErrors(parsed.error));
  const input = parsed.data;
  if (args.actor.kind === "WORKER" && input.contact_phone) {
    const wait = await hitRateLimit("case-phone", input.contact_phone, num("CASE_RATE_LIMIT_PER_PHONE", 5), 3600);
    if (wait) throw new SubmissionError("rate_limited", 429, {}, wait);
  }

  const [category, groupOk, placeOk] = await Promise.all([
    findCategory(input.category),
    workerGroupExists(input.worker_group),
    input.place_id ? placeExists(input.place_id) : Promise.resolve(true),
  ]);
  const fields: FieldErrors = {};
  if (!category) fields.category = "unknown_category";
  if (!groupOk) fields.worker_group = "unknown_worker_group";
  if (!placeOk) fields.place_id = "unknown_place";
  const point = category ? locationFor(category.location, input) : null;
  if (category?.location === "REQUIRED" && !point) fields.location = "location_required";
  const attributes = category ? checkAttributes(category.attributes as CategoryAttribute[], input.attributes) : { ok: true as const, value: {} };
  if (!attributes.ok) Object.assign(fields, attributes.fields);
  if (Object.keys(fields).length) throw new SubmissionError("validation", 400, fields);

  const stored = await storePhotos(args.photos);
  // Random, so nothing (the key, the reference, AUTH_SECRET) derives it; stored only as a keyed hash.
  const code = newTrackingCode();
  try {
    const reference = await uniqueReference();
    const created = await insertCase(
      {
        reference,
        secretHash: hashTrackingCode(code),
        replayCodeCipher: sealReplayCode(code, reference),
        replayCodeExpiresAt: new Date(Date.now() + REPLAY_WINDOW_MS),
        categoryCode: input.category,
        workerGroupCode: input.worker_group,
        description: input.description,
        attributes: attributes.ok ? (attributes.value as object) : {},
        lat: point?.lat ?? null,
        lng: point?.lng ?? null,
        district: point ? districtAt(point.lat, point.lng) : null,
        placeId: point ? (input.place_id ?? null) : null,
        employer: input.employer || null,
        channel: args.channel,
        anonymous: input.anonymous,
        // An anonymous case keeps no name; a phone stays only for a call-back.
        contactName: input.anonymous ? null : input.contact_name || null,
        contactPhone: input.contact_phone ?? null,
        consentVersion: input.consent,
        consentAt: new Date(),
        createdById: args.actor.kind === "STAFF" ? args.actor.userId : null,
        idempotencyKey: args.idempotencyKey,
        requestHash: fingerprint,
        photos: stored,
      },
      args.actor,
      args.now,
    );
    if (input.contact_phone) await notifySubmitted(input.contact_phone, created.reference, code, args.locale);
    return { reference: created.reference, code, status: created.status, replayed: false };
  } catch (e) {
    await Promise.all(stored.map((p) => blobStore().delete(p.storageKey).catch(() => {})));
    // Two identical requests racing: the loser finds the winner's case.
    const raced = await checkReplay(args.idempotencyKey, fingerprint);
    if (raced) return raced;
    throw e;
  }
}

/**
 * The point to store: none for a category without a place (pay, insurance), even if a client sent
 * one, so that no location is kept that the case does not need.
 */
function locationFor(rule: CategoryLocationRule, input: { lat?: number; lng?: number }): { lat: number; lng: number } | null {
  if (rule === "NONE" || input.lat === undefined || input.lng === undefined) return null;
  return { lat: input.lat, lng: input.lng };
}

async function checkReplay(key: string, fingerprint: string): Promise<SubmitResult | null> {
  const existing = await findCaseByIdempotencyKey(key);
  if (!existing) return null;
  if (existing.requestHash !== fingerprint) throw new SubmissionError("idempotency_conflict", 422);
  const code = openReplayCode(existing.replayCodeCipher, existing.replayCodeExpiresAt, existing.reference);
  return { reference: existing.reference, code, status: existing.status, replayed: true };
}

async function storePhotos(photos: Uint8Array[]) {
  let processed;
  try {
    assertPhotoCount(photos.length);
    processed = await Promise.all(photos.map((p) => processPhoto(p)));
  } catch (e) {
    if (e instanceof PhotoError) throw new SubmissionError("validation", 400, { photos: `photo_${e.code}` });
    throw e;
  }
  const stored: { storageKey: string; width: number; height: number; bytes: number }[] = [];
  try {
    for (const p of processed) {
      const storageKey = newBlobKey("cases");
      await blobStore().put(storageKey, p.data, p.contentType);
      stored.push({ storageKey, width: p.width, height: p.height, bytes: p.bytes });
    }
  } catch (e) {
    await Promise.all(stored.map((s) => blobStore().delete(s.storageKey).catch(() => {})));
    // The photo store is down: 503 in the user's language, and nothing of this submission is left.
    throw new UnavailableError("storage_unavailable", e);
  }
  return stored;
}

async function uniqueReference(): Promise<string> {
  for (;;) {
    const reference = newReference(new Date());
    if (!(await referenceExists(reference))) return reference;
  }
}
