import "server-only";
import { db } from "@/lib/db";

/** Statuses in which handling has ended; only such a case may be redacted (nuanxin_redact_case). */
export const CLOSED_STATUSES = ["DECLINED", "MERGED", "CLOSED"] as const;

/**
 * Closed cases not yet redacted whose retention period has passed (closed before `closedBefore`),
 * or whose worker asked for deletion while staff were still handling them.
 */
export function findCasesDueForRedaction(closedBefore: Date, take = 200) {
  return db.case.findMany({
    where: {
      status: { in: [...CLOSED_STATUSES] },
      redactedAt: null,
      closedAt: { not: null },
      OR: [{ closedAt: { lt: closedBefore } }, { deletionRequestedAt: { not: null } }],
    },
    select: { id: true, deletionRequestedAt: true },
    orderBy: { closedAt: "asc" },
    take,
  });
}
