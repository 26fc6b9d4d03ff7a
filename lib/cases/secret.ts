import { createHash, randomInt } from "node:crypto";
import { chinaYear } from "@/lib/time/china";

/** e.g. JC-2026-483920. Random rather than sequential, so it does not reveal how many cases exist. */
export function newReference(now: Date): string {
  return `JC-${chinaYear(now)}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** A stable fingerprint of a submission, to tell a retry (same body) from a reused key (other body). */
export function requestFingerprint(body: unknown, photoDigests: string[]): string {
  return createHash("sha256").update(JSON.stringify(sortKeys(body))).update(photoDigests.join(",")).digest("hex");
}

export function digest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
