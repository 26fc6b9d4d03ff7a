"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export type ShareLabels = { share: string; copied: string; copyFailed: string };

/**
 * Share a place: the phone's own share sheet (WeChat, messages) where the browser has one, else
 * copy the link and say so. Labels come as props, so the place page needs no client translations.
 * Without JavaScript it does nothing, so it only appears once it can work.
 */
export function ShareButton({ url, title, text, labels }: { url: string; title: string; text: string; labels: ShareLabels }) {
  // false in the server's HTML, true once hydrated: a button that cannot work is not shown.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [said, setSaid] = useState("");

  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(""), 4000);
    return () => clearTimeout(timer);
  }, [said]);

  const share = async () => {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (e) {
        // The rider closed the share sheet: nothing to report.
        if (e instanceof DOMException && e.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid(labels.copied);
    } catch {
      setSaid(`${labels.copyFailed} ${url}`);
    }
  };

  if (!ready) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={share}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border-2 border-stone-500 bg-white px-3 font-semibold text-stone-900 hover:bg-stone-50"
      >
        <span aria-hidden="true">↗</span>
        {labels.share}
      </button>
      <p role="status" className="min-w-0 text-sm font-semibold text-green-800 wrap-anywhere">
        {said}
      </p>
    </div>
  );
}
