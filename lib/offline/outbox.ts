import { createStore, del, get, set, values } from "idb-keyval";
import type { OutboxRecord } from "./queue";

/**
 * The outbox in IndexedDB (idb-keyval, one small store): queued grievances with their photos as
 * Blobs, kept until the worker has seen the reference and code of the filed case. Pages learn of a
 * change through the "nx-outbox" window event.
 */
const store = () => createStore("nuanxin-outbox", "submissions");
export const OUTBOX_EVENT = "nx-outbox";

export async function listRecords(): Promise<OutboxRecord[]> {
  return (await values<OutboxRecord>(store())).sort((a, b) => a.createdAt - b.createdAt);
}

export async function saveRecord(r: OutboxRecord): Promise<void> {
  await set(r.key, r, store());
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}

export async function getRecord(key: string): Promise<OutboxRecord | undefined> {
  return get<OutboxRecord>(key, store());
}

export async function removeRecord(key: string): Promise<void> {
  await del(key, store());
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}
