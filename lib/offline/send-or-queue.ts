/**
 * The report form's one hook into the outbox (lib/cases/intake/components/send-report.ts): a POST
 * that cannot reach the server is kept on the phone and sent later with the same Idempotency-Key.
 * The form gets an answer it already understands (not 201, with a message), so it keeps the draft
 * and shows that the grievance is queued; the outbox notice in the shell shows the rest.
 *
 * The outbox is imported statically on purpose: a chunk loaded on demand would have to be fetched
 * at the very moment there is no network.
 */
import { saveRecord } from "./outbox";
import { newRecord, toEntries } from "./queue";
import { getQueuedText } from "./queued-text";

export async function sendOrQueue(url: string, init: RequestInit & { body: FormData; headers: Record<string, string> }, send: () => Promise<Response> = () => fetch(url, init)): Promise<Response> {
  const key = init.headers["Idempotency-Key"];
  if (navigator.onLine || !key) {
    try {
      return await send();
    } catch (error) {
      // A TypeError is "no connection"; anything else is not ours to hide.
      if (!(error instanceof TypeError) || !key) throw error;
    }
  }
  await saveRecord(newRecord(key, url, toEntries(init.body), Date.now()));
  return new Response(JSON.stringify({ queued: true, error: { message: getQueuedText() } }), { status: 202, headers: { "content-type": "application/json" } });
}
