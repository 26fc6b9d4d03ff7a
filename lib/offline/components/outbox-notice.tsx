"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { flushOutbox } from "../flush";
import { listRecords, OUTBOX_EVENT, removeRecord } from "../outbox";
import { nextWake, type OutboxRecord } from "../queue";
import type { OfflineStrings } from "../strings";

/**
 * What the outbox holds, on every public page: how many grievances wait for the network, and for each
 * one filed, its reference and tracking code until the worker says they have written them down.
 * Sends on load (the next visit), when the browser comes back online, and when a retry is due.
 */
export function OutboxNotice({ strings, locale }: { strings: OfflineStrings; locale: Locale }) {
  const [records, setRecords] = useState<OutboxRecord[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const all = await listRecords().catch(() => []);
      setRecords(all);
      clearTimeout(timer);
      const wake = nextWake(all, Date.now());
      if (wake !== null) timer = setTimeout(() => void flushOutbox(), Math.max(1_000, wake - Date.now()));
    };
    const send = () => void flushOutbox().finally(refresh);
    window.addEventListener(OUTBOX_EVENT, refresh);
    window.addEventListener("online", send);
    send();
    return () => {
      clearTimeout(timer);
      window.removeEventListener(OUTBOX_EVENT, refresh);
      window.removeEventListener("online", send);
    };
  }, []);

  const waiting = records.filter((r) => r.state === "waiting");
  const done = records.filter((r) => r.state !== "waiting");
  // The worker may be at the bottom of a long form when the case is filed: bring the result into view.
  const section = useRef<HTMLElement>(null);
  const shown = useRef(0);
  useEffect(() => {
    if (done.length > shown.current) section.current?.scrollIntoView({ block: "start", behavior: "smooth" });
    shown.current = done.length;
  }, [done.length]);
  if (!records.length) return null;
  return (
    <section ref={section} aria-live="polite" data-testid="outbox" className="scroll-mt-16 space-y-2">
      {waiting.length ? (
        <p data-testid="outbox-waiting" className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
          {strings.outboxQueued.replace("{count}", String(waiting.length))}
          {waiting.some((r) => r.attempts > 0) ? <span className="block text-sm font-normal">{strings.outboxRetry}</span> : null}
        </p>
      ) : null}
      {done.map((r) => (
        <div key={r.key} data-testid={r.state === "sent" ? "outbox-sent" : "outbox-failed"} className={`rounded-md border-2 p-3 ${r.state === "sent" ? "border-green-800 bg-green-50 text-green-950" : "border-red-800 bg-red-50 text-red-950"}`}>
          {r.state === "sent" && r.result ? (
            <>
              <p className="font-bold">{strings.outboxSent}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-stone-900">
                <dt>{strings.reference}</dt>
                <dd data-testid="outbox-reference" className="select-all font-mono text-lg font-bold">{r.result.reference}</dd>
                <dt>{strings.secret}</dt>
                <dd data-testid="outbox-secret" className="select-all break-all font-mono text-lg font-bold">{r.result.secret}</dd>
              </dl>
              <p className="mt-1 text-sm">{strings.keepCode}</p>
            </>
          ) : (
            <p className="font-semibold">{strings.outboxFailed.replace("{message}", r.error ?? "")}</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            {r.result ? (
              <Link href={pathFor({ pathname: "/track", query: { ref: r.result.reference } }, locale)} className="inline-flex min-h-11 items-center rounded-md bg-green-800 px-3 font-semibold text-white">
                {strings.track}
              </Link>
            ) : null}
            <button type="button" onClick={() => void removeRecord(r.key)} className="min-h-11 rounded-md border-2 border-stone-700 bg-white px-3 font-semibold text-stone-900">
              {r.state === "sent" ? strings.gotIt : strings.close}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
