import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * The short-lived copy of a tracking code that lets a replayed submission (same Idempotency-Key,
 * same body, e.g. a phone that lost the answer on a bad connection) show the code again. It is
 * AES-256-GCM encrypted under a key derived from AUTH_SECRET, bound to the case reference (a
 * cipher copied onto another case does not open), and kept only for the idempotency window;
 * after that the housekeeping job clears it and nothing, not even the server, can produce the code.
 */
export const REPLAY_WINDOW_MS = 24 * 3600_000;

function replayKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", process.env.AUTH_SECRET ?? "", "nuanxin", "replay-code", 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealReplayCode(code: string, reference: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", replayKey(), iv);
  cipher.setAAD(Buffer.from(reference, "utf8"));
  const data = Buffer.concat([cipher.update(code, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The code, or null when the record has expired, was tampered with, or belongs to another case. */
export function openReplayCode(sealed: string | null, expiresAt: Date | null, reference: string, now = new Date()): string | null {
  if (!sealed || !expiresAt || expiresAt <= now) return null;
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", replayKey(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(reference, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
