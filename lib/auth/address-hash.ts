import { createHmac } from "node:crypto";

/**
 * A keyed hash of a client address for audit rows and rate-limit keys: enough to see that two
 * events came from one address, without keeping the address (personal data under PIPL).
 */
export function hashAddress(ip: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`ip:${ip}`).digest("base64url").slice(0, 22);
}
