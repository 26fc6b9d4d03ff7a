"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { setQueuedText } from "../queued-text";
import type { OfflineStrings } from "../strings";
import { InstallPrompt } from "./install-prompt";
import { useOnline } from "./use-online";
import { useServiceWorker } from "./use-service-worker";

// The outbox (IndexedDB, sending, results) loads after the page: no page needs it to render.
const OutboxNotice = dynamic(() => import("./outbox-notice").then((m) => m.OutboxNotice), { ssr: false });

/**
 * The public pages' offline chrome, below the header: the offline banner, the "已保存 · <time>" mark,
 * the update notice, the install prompt and the outbox. Strings come from the server as props, so
 * the place page ships no message formatter for them.
 */
export function OfflineChrome({ strings, locale }: { strings: OfflineStrings; locale: Locale }) {
  const online = useOnline();
  const { saved, updateWaiting } = useServiceWorker();
  useEffect(() => setQueuedText(strings.queuedForm), [strings.queuedForm]);
  const time = saved ? new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Shanghai" }).format(saved.savedAt) : "";
  return (
    <div className="mx-auto max-w-6xl space-y-2 px-3 empty:hidden [&:has(>*)]:pt-2">
      {online ? null : (
        <div role="status" data-testid="offline-banner" className="rounded-md border-2 border-stone-700 bg-stone-800 p-3 text-white">
          <p className="font-bold">{strings.offlineTitle}</p>
          <p className="text-sm">{strings.offlineBody}</p>
        </div>
      )}
      {saved ? (
        <p role="status" data-testid="saved-mark" className="inline-flex rounded-full border border-amber-700 bg-amber-50 px-3 py-1 text-sm font-semibold text-amber-950">
          {strings.saved.replace("{time}", time)}
          <span className="sr-only">: {saved.what === "near" ? strings.savedNear : strings.savedPage}</span>
        </p>
      ) : null}
      {updateWaiting ? (
        <p role="status" data-testid="update-notice" className="rounded-md bg-sky-50 p-2 text-sm text-sky-950">
          {strings.update}
        </p>
      ) : null}
      <InstallPrompt strings={strings} />
      <OutboxNotice strings={strings} locale={locale} />
    </div>
  );
}
