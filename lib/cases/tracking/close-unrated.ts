import "server-only";
import { AppError } from "@/lib/errors";
import { transitionCase } from "../workflow/mutations/core";
import { findCasesAwaitingRatingSince } from "./data";

export const RATING_WINDOW_DAYS = 7;

/**
 * A resolved case the worker has not rated within 7 days closes as 未评价 (unrated), which is
 * never counted as satisfied. Safe to run from several instances: each close is compare-and-set.
 */
export async function closeUnratedCases(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RATING_WINDOW_DAYS * 86_400_000);
  let closed = 0;
  for (const c of await findCasesAwaitingRatingSince(cutoff)) {
    try {
      await transitionCase({ caseId: c.id, name: "close_unrated", actor: { kind: "SYSTEM" }, expectedVersion: c.version, payload: { outcome: "UNRATED" }, data: { closedAt: now } });
      closed++;
    } catch (e) {
      // Rated or changed meanwhile: nothing to close.
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
    }
  }
  return closed;
}
