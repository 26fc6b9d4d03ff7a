import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// An <img> cannot send the tracking secret as a bearer header, and the secret must never be put in
// a URL. So the tracking page, after checking the secret, links each photo with a short-lived
// signature over (reference, photo, expiry) instead.
const TTL_SECONDS = 15 * 60;

function sign(reference: string, photoId: string, exp: number): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`case-photo:${reference}:${photoId}:${exp}`).digest("base64url");
}

export function photoToken(reference: string, photoId: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + TTL_SECONDS;
  return `${exp}.${sign(reference, photoId, exp)}`;
}

export function verifyPhotoToken(token: string, reference: string, photoId: string, now = Date.now()): boolean {
  const [expRaw, sig] = token.split(".");
  const exp = Number(expRaw);
  if (!sig || !Number.isInteger(exp) || exp < now / 1000) return false;
  const expected = Buffer.from(sign(reference, photoId, exp));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
