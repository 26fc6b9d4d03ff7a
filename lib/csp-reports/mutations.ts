import "server-only";
import { db } from "@/lib/db";

/** One upsert per directive: a counter, so a flood of reports costs no storage. */
export async function countViolations(directives: string[]): Promise<void> {
  const tally = new Map<string, number>();
  for (const d of directives) tally.set(d, (tally.get(d) ?? 0) + 1);
  for (const [directive, n] of tally) {
    await db.cspViolation.upsert({
      where: { directive },
      create: { directive, count: n },
      update: { count: { increment: n }, lastSeenAt: new Date() },
    });
  }
}
