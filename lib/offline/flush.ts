import { getRecord, listRecords, saveRecord } from "./outbox";
import { afterAttempt, isDue, toFormData, type AttemptResult, type OutboxRecord } from "./queue";

/**
 * Sends every queued grievance that is due, one at a time. A Web Lock keeps two open tabs from
 * sending at once (harmless anyway: the Idempotency-Key files each record once).
 */
export async function flushOutbox(): Promise<void> {
  if (!navigator.onLine) return;
  const run = async () => {
    for (const r of await listRecords()) if (isDue(r, Date.now())) await attempt(r);
  };
  if (navigator.locks) await navigator.locks.request("nx-outbox", { ifAvailable: true }, (lock) => (lock ? run() : undefined));
  else await run();
}

async function attempt(r: OutboxRecord): Promise<void> {
  let res: AttemptResult;
  try {
    const answer = await fetch(r.url, { method: "POST", body: toFormData(r.entries), headers: { "Idempotency-Key": r.key } });
    res = { kind: "http", status: answer.status, body: await answer.json().catch(() => null) };
  } catch {
    res = { kind: "network" };
  }
  // The worker may have dismissed or re-queued it meanwhile; only a record still waiting is updated.
  const current = await getRecord(r.key);
  if (current?.state === "waiting") await saveRecord(afterAttempt(current, res, Date.now()));
}
