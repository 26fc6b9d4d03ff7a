import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { blobStore, type BlobStore } from "@/lib/storage";
import { CLOSED_STATUSES } from "./data";

type Tx = Prisma.TransactionClient;
export type RedactionReason = "retention" | "worker_request";

/**
 * Anonymises one closed case through the database function nuanxin_redact_case (migration
 * privacy_retention), the only path by which its append-only events may change. The photos'
 * files are deleted while the case row is locked and before the redaction commits: if a delete
 * fails, nothing is committed and the next run tries again (deleting a missing file succeeds);
 * if the commit fails after the files are gone, the next run redacts the rest.
 * Returns false when the case is not closed or is already redacted.
 */
export async function redactCase(caseId: string, reason: RedactionReason, opts: { tx?: Tx; store?: BlobStore } = {}): Promise<boolean> {
  const run = async (tx: Tx) => {
    const [c] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text FROM "Case" WHERE id = ${caseId} AND "redactedAt" IS NULL FOR UPDATE`;
    if (!c || !(CLOSED_STATUSES as readonly string[]).includes(c.status)) return false;
    const photos = await tx.casePhoto.findMany({ where: { caseId }, select: { storageKey: true } });
    const store = opts.store ?? blobStore();
    for (const p of photos) await store.delete(p.storageKey);
    await tx.$queryRaw`SELECT nuanxin_redact_case(${caseId}, ${reason}) AS key`;
    return true;
  };
  return opts.tx ? run(opts.tx) : db.$transaction(run, { timeout: 30_000 });
}

/** The worker's deletion request goes on the case's timeline, for staff and for the worker. */
export async function recordDeletionRequest(tx: Tx, caseId: string, now: Date): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { deletionRequestedAt: now } });
  await tx.caseEvent.create({ data: { caseId, type: "DELETION_REQUESTED", actorKind: "WORKER", public: true, createdAt: now } });
}

/** Runs `fn` in one transaction (the request and an immediate redaction commit together). */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(fn, { timeout: 30_000 });
}
