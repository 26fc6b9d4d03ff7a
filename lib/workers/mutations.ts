import "server-only";
import { db } from "@/lib/db";

/**
 * Replaces a case's tracking code, compare-and-set on the hash it had when read: of two recoveries
 * racing, one wins and the other reports the case as not reissued rather than overwriting it. The
 * replay copy goes too, so a replayed submission cannot show the old code any more.
 */
export async function replaceTrackingCode(caseId: string, previousHash: string, newHash: string): Promise<boolean> {
  const { count } = await db.case.updateMany({
    where: { id: caseId, secretHash: previousHash },
    data: { secretHash: newHash, replayCodeCipher: null, replayCodeExpiresAt: null },
  });
  return count === 1;
}

/** The worker account for a verified phone, created on first sign-in. */
export function upsertWorkerAccount(phone: string) {
  return db.workerAccount.upsert({
    where: { phone },
    create: { phone },
    update: { lastSignInAt: new Date() },
    select: { id: true, phone: true, sessionVersion: true },
  });
}

/** Sign-out: retires this session version, so every copy of the token stops working (compare-and-set). */
export async function endWorkerSessions(id: string, version: number): Promise<void> {
  await db.workerAccount.updateMany({ where: { id, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
}
