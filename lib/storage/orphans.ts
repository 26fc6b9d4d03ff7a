import type { BlobStore } from ".";

const BATCH = 500;

/**
 * Deletes blobs under `prefix` written before `olderThan` that no row references. A submission
 * stores its photos before the transaction that records them, so a process killed in between
 * (SIGKILL, OOM, power) leaves files nobody can reach; the age margin keeps a submission still in
 * flight from losing its photos. Returns the keys removed.
 */
export async function purgeOrphanBlobs(opts: {
  store: BlobStore;
  prefix: string;
  olderThan: Date;
  /** Which of these keys a row still references. */
  referenced: (keys: string[]) => Promise<Set<string>>;
}): Promise<string[]> {
  const removed: string[] = [];
  let batch: string[] = [];
  const flush = async () => {
    const known = await opts.referenced(batch);
    for (const key of batch) {
      if (known.has(key)) continue;
      await opts.store.delete(key);
      removed.push(key);
    }
    batch = [];
  };
  for await (const blob of opts.store.list(opts.prefix)) {
    if (blob.modifiedAt >= opts.olderThan) continue;
    batch.push(blob.key);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  return removed;
}
