import "server-only";
import { z } from "zod";
import type { BlobStore } from "@/lib/storage";
import { findCasesDueForRedaction } from "./data";
import { redactCase } from "./mutations";

const monthsSchema = z.coerce.number().int().min(1).max(240).default(24);

/** CASE_RETENTION_MONTHS: how long a closed case keeps its personal data (default 24). */
export function retentionMonths(env: Record<string, string | undefined> = process.env): number {
  const parsed = monthsSchema.safeParse(env.CASE_RETENTION_MONTHS || undefined);
  if (!parsed.success) throw new Error("CASE_RETENTION_MONTHS must be a whole number of months between 1 and 240");
  return parsed.data;
}

/** The moment `months` calendar months before `now`: a case closed before it has been kept long enough. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * Redacts every closed case past the retention period, and every closed case whose worker asked
 * for deletion. Safe on several instances at once: each case is locked and redacted once.
 */
export async function redactExpiredCases(now: Date, opts: { months?: number; store?: BlobStore } = {}): Promise<number> {
  const cutoff = retentionCutoff(now, opts.months ?? retentionMonths());
  let redacted = 0;
  for (;;) {
    const due = await findCasesDueForRedaction(cutoff);
    let progressed = 0;
    for (const c of due) {
      if (await redactCase(c.id, c.deletionRequestedAt ? "worker_request" : "retention", { store: opts.store })) progressed++;
    }
    redacted += progressed;
    if (due.length < 200 || progressed === 0) return redacted;
  }
}
