/**
 * The offline outbox's records and decisions, kept pure so that they are tested without a browser.
 * A grievance written offline waits on the phone (lib/offline/outbox.ts) under the Idempotency-Key the
 * form made, and POST /api/v1/cases files a key at most once: a retry after an answer lost on the way
 * back, or a second tab sending the same record, cannot file a second case.
 */
export type QueuedValue = string | { blob: Blob; name: string };
export type QueuedEntry = [name: string, value: QueuedValue];

export type OutboxRecord = {
  /** The Idempotency-Key; a second submit of the same draft replaces the record instead of adding one. */
  key: string;
  url: string;
  createdAt: number;
  entries: QueuedEntry[];
  attempts: number;
  nextAttemptAt: number;
  state: "waiting" | "sent" | "failed";
  result?: { reference: string; secret: string; status?: string };
  error?: string;
};

export type AttemptResult = { kind: "network" } | { kind: "http"; status: number; body: unknown };

export function newRecord(key: string, url: string, entries: QueuedEntry[], now: number): OutboxRecord {
  return { key, url, createdAt: now, entries, attempts: 0, nextAttemptAt: now, state: "waiting" };
}

/** FormData to storable entries: files become Blobs (IndexedDB stores them by structured clone). */
export function toEntries(form: FormData): QueuedEntry[] {
  return [...form.entries()].map(([name, v]) => [name, typeof v === "string" ? v : { blob: v, name: v.name }]);
}

export function toFormData(entries: QueuedEntry[]): FormData {
  const form = new FormData();
  for (const [name, v] of entries) {
    if (typeof v === "string") form.append(name, v);
    else form.append(name, v.blob, v.name);
  }
  return form;
}

const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Waiting time before attempt n+1: doubling from 5 s, at most 5 minutes (a weak network comes and goes). */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export function isDue(r: OutboxRecord, now: number): boolean {
  return r.state === "waiting" && r.nextAttemptAt <= now;
}

/** Statuses worth retrying: no answer, a timeout, too many requests, or the server's own trouble. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** The record after one attempt to send it. */
export function afterAttempt(r: OutboxRecord, res: AttemptResult, now: number): OutboxRecord {
  const attempts = r.attempts + 1;
  if (res.kind === "http") {
    const body = (res.body ?? {}) as { reference?: unknown; secret?: unknown; status?: unknown; error?: { message?: unknown } };
    if ((res.status === 200 || res.status === 201) && typeof body.reference === "string" && typeof body.secret === "string") {
      // The photos and answers are no longer needed once filed; the reference and code are.
      return { ...r, attempts, entries: [], state: "sent", result: { reference: body.reference, secret: body.secret, ...(typeof body.status === "string" ? { status: body.status } : {}) } };
    }
    if (!retryable(res.status)) {
      return { ...r, attempts, state: "failed", error: typeof body.error?.message === "string" ? body.error.message : `HTTP ${res.status}` };
    }
  }
  return { ...r, attempts, nextAttemptAt: now + backoffMs(attempts) };
}

/** When to look again: the earliest waiting record's time, or never. */
export function nextWake(records: OutboxRecord[], now: number): number | null {
  const times = records.filter((r) => r.state === "waiting").map((r) => Math.max(now, r.nextAttemptAt));
  return times.length ? Math.min(...times) : null;
}
