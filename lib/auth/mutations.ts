import "server-only";
import { db } from "@/lib/db";
import { LOCKOUT } from "./lockout";

/** A right password: the failure count starts again. */
export async function recordSignIn(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date(), failedSignIns: 0 } });
}

/**
 * A wrong password for an unlocked account. The increment takes the row lock, so concurrent wrong
 * guesses are counted one after another and exactly one of them locks the account and writes the
 * audit row. Returns whether this failure locked it.
 */
export async function recordFailedSignIn(userId: string, ipHash: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { failedSignIns } = await tx.user.update({ where: { id: userId }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
    if (failedSignIns < LOCKOUT.maxFailures) return false;
    const lockedUntil = new Date(Date.now() + LOCKOUT.lockMinutes * 60_000);
    const locked = await tx.user.updateMany({ where: { id: userId, failedSignIns: { gte: LOCKOUT.maxFailures } }, data: { failedSignIns: 0, lockedUntil } });
    if (locked.count === 1) await tx.accountEvent.create({ data: { userId, action: "locked", ipHash } });
    return locked.count === 1;
  });
}

/**
 * Ends every session of the account. `fromVersion` makes it compare-and-set: replaying an old
 * token's sign-out cannot end the sessions the owner opened since.
 */
export async function endSessions(userId: string, fromVersion?: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, ...(fromVersion === undefined ? {} : { sessionVersion: fromVersion }) }, data: { sessionVersion: { increment: 1 } } });
}
