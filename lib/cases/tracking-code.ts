import { createHash, createHmac, hkdfSync, randomInt, timingSafeEqual } from "node:crypto";

/**
 * The tracking code a worker keeps with the case reference: 8 characters of Crockford's base32
 * (no I, L, O or U, so nothing reads as another character), shown as `K7QM-4XPD`, short enough to
 * read out over the phone.
 *
 * Strength, given the limits in lib/cases/tracking/track-and-rate.ts:
 * - 32^8 = 2^40 ≈ 1.1 × 10^12 codes.
 * - One case: its reference refuses after 10 wrong codes a day, so a targeted guess takes on average
 *   2^39 / 10 days, far beyond any case's life, whatever the number of addresses used.
 * - Any case: with one million live references an attacker gets 10^7 guesses a day at most, i.e. a
 *   chance of 10^7 / 2^40 ≈ 1 in 110,000 a day of opening some case (and each client address is
 *   also held to TRACK_RATE_LIMIT_PER_IP). A lost code is recovered by an SMS code instead.
 * The code is stored as an HMAC under a server key, so a copy of the database alone cannot be
 * searched for codes (a plain hash of 40 bits could be).
 */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 8;

export function newTrackingCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** `K7QM4XPD` → `K7QM-4XPD`, the form shown and read out. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as a code: case, spaces and dashes do not matter, and the look-alikes
 * Crockford folds (I, L → 1; O → 0) are read as meant. Null when it cannot be a code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const folded = input.toUpperCase().replace(/[\s\-‐–—_]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (folded.length !== CODE_LENGTH) return null;
  for (const ch of folded) if (!CODE_ALPHABET.includes(ch)) return null;
  return folded;
}

function codeKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", process.env.AUTH_SECRET ?? "", "nuanxin", "tracking-code", 32));
}

export function hashTrackingCode(code: string): string {
  return createHmac("sha256", codeKey()).update(code).digest("hex");
}

/**
 * Whether `input` opens a case stored with `hash`. Cases filed before the readable codes carry a
 * 22-character secret stored as plain SHA-256; those still open with the secret they were given.
 */
export function trackingCodeMatches(input: string, hash: string): boolean {
  const code = normalizeTrackingCode(input);
  const candidate = code ? hashTrackingCode(code) : createHash("sha256").update(input.trim(), "utf8").digest("hex");
  const a = Buffer.from(candidate, "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
