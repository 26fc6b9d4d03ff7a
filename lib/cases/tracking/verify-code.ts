import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit, rateLimitWait } from "@/lib/http/rate-limit";
import { trackingCodeMatches } from "../tracking-code";

/**
 * The limits on guessing a tracking code, shared by every use of one (tracking, rating, the
 * worker's data and deletion, photos with a bearer code):
 * - per client address, TRACK_RATE_LIMIT_PER_IP attempts per 10 minutes, answered with 429;
 * - per reference, TRACK_FAILURES_PER_REFERENCE wrong codes per 24 hours, from any address. Then
 *   the reference refuses every code, the right one included, with the same answer as a wrong
 *   code, so a locked reference cannot be told from a wrong guess (lib/cases/tracking-code.ts
 *   works out why this bounds a targeted guess). Only failures count, so the worker who keeps
 *   checking their own case never locks it.
 */
export const REFERENCE_FAILURE_WINDOW_SEC = 24 * 3600;
const perIp = () => Number(process.env.TRACK_RATE_LIMIT_PER_IP ?? 30) || 30;
export const failuresPerReference = () => Number(process.env.TRACK_FAILURES_PER_REFERENCE ?? 10) || 10;

/** The case when `code` opens `reference`; null for an unknown reference, a wrong code or a locked reference. */
export async function verifyTrackingCode<T extends { secretHash: string }>(
  reference: string,
  code: string,
  ip: string,
  find: (reference: string) => Promise<T | null>,
): Promise<T | null> {
  const wait = await hitRateLimit("track-ip", ip, perIp(), 600);
  if (wait) throw Object.assign(new AppError("rate_limited", 429), { retryAfter: wait });
  const ref = reference.trim().toUpperCase();
  if (await rateLimitWait("track-ref-failures", ref, failuresPerReference(), REFERENCE_FAILURE_WINDOW_SEC)) return null;
  const c = await find(ref);
  if (c && trackingCodeMatches(code, c.secretHash)) return c;
  await hitRateLimit("track-ref-failures", ref, failuresPerReference(), REFERENCE_FAILURE_WINDOW_SEC);
  return null;
}
