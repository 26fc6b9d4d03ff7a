import "server-only";
import { db } from "@/lib/db";

/**
 * Drops the encrypted replay copies of tracking codes whose idempotency window has passed
 * (hourly, lib/jobs/tasks/clear-replay-codes.ts). A replay already refuses an expired copy
 * (openReplayCode checks the time); this makes sure the ciphertext itself does not linger.
 */
export async function clearExpiredReplayCodes(now = new Date()): Promise<number> {
  const { count } = await db.case.updateMany({
    where: { replayCodeExpiresAt: { lte: now } },
    data: { replayCodeCipher: null, replayCodeExpiresAt: null },
  });
  return count;
}
