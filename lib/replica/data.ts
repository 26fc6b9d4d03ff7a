import "server-only";
import { cookies } from "next/headers";
import { db, replicaDb } from "@/lib/db";

/**
 * Read-your-own-writes with a replica: after a visitor's write (a rider's report or check-in) this
 * short-lived cookie keeps their next page views on the primary, so the page they are sent back to
 * never shows the place as it was before the replica caught up. Replicas lag well under a second
 * in normal operation; PRIMARY_PIN_SECONDS leaves ample margin.
 */
export const PRIMARY_PIN_COOKIE = "nx_primary";
export const PRIMARY_PIN_SECONDS = 10;

/** The client for a public read in this request: the replica, unless this visitor has just written. */
export async function publicReader(): Promise<typeof db> {
  if (replicaDb === db) return db;
  return (await cookies()).has(PRIMARY_PIN_COOKIE) ? db : replicaDb;
}

/** After a visitor's write: pin their reads to the primary for a few seconds (a no-op without a replica). */
export async function pinReadsToPrimary(): Promise<void> {
  if (replicaDb === db) return;
  (await cookies()).set(PRIMARY_PIN_COOKIE, "1", { httpOnly: true, sameSite: "lax", path: "/", maxAge: PRIMARY_PIN_SECONDS, secure: process.env.AUTH_URL?.startsWith("https:") === true });
}
