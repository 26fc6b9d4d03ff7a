import "server-only";
import { db } from "@/lib/db";
import { OTP_RULES } from "./schema";

/** A new code replaces the destination's previous one: only the latest code can be spent. */
export async function saveCode(purpose: string, destination: string, codeHash: string, expiresAt: Date) {
  const fresh = { codeHash, expiresAt, attempts: 0, consumedAt: null, createdAt: new Date() };
  await db.oneTimeCode.upsert({ where: { purpose_destination: { purpose, destination } }, create: { purpose, destination, ...fresh }, update: fresh });
}

/**
 * Spends one guess before the guess is compared, compare-and-set on the code being the same,
 * live and unspent, so parallel guesses cannot exceed the limit. False: no guess is left.
 */
export async function spendAttempt(id: string, codeHash: string): Promise<boolean> {
  const { count } = await db.oneTimeCode.updateMany({
    where: { id, codeHash, consumedAt: null, attempts: { lt: OTP_RULES.maxAttempts }, expiresAt: { gt: new Date() } },
    data: { attempts: { increment: 1 } },
  });
  return count === 1;
}

/** Single use: of two requests presenting the right code at once, exactly one gets true. */
export async function markConsumed(id: string, codeHash: string): Promise<boolean> {
  const { count } = await db.oneTimeCode.updateMany({ where: { id, codeHash, consumedAt: null, expiresAt: { gt: new Date() } }, data: { consumedAt: new Date() } });
  return count === 1;
}
