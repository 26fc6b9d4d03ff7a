"use client";

import { useEffect, useState } from "react";
import type { OfflineStrings } from "../strings";

type InstallEvent = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: "accepted" | "dismissed" }> };
const DISMISSED = "nx-install-dismissed";

/**
 * "添加到主屏幕" where the browser offers it (beforeinstallprompt: Chromium browsers on Android).
 * Dismissing is remembered on the device; once installed the prompt never shows again.
 */
export function InstallPrompt({ strings }: { strings: OfflineStrings }) {
  const [event, setEvent] = useState<InstallEvent | null>(null);
  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      if (localStorage.getItem(DISMISSED) || matchMedia("(display-mode: standalone)").matches) return;
      setEvent(e as InstallEvent);
    };
    const onInstalled = () => setEvent(null);
    window.addEventListener("beforeinstallprompt", onPrompt);
    window.addEventListener("appinstalled", onInstalled);
    return () => {
      window.removeEventListener("beforeinstallprompt", onPrompt);
      window.removeEventListener("appinstalled", onInstalled);
    };
  }, []);
  if (!event) return null;
  const dismiss = () => {
    localStorage.setItem(DISMISSED, String(Date.now()));
    setEvent(null);
  };
  return (
    <div data-testid="install-prompt" className="flex flex-wrap items-center gap-2 rounded-md border border-brand-700 bg-brand-50 p-2">
      <p className="flex-1 text-sm text-stone-900">{strings.install}</p>
      <button type="button" className="min-h-11 rounded-md bg-brand-700 px-3 font-semibold text-white" onClick={() => void event.prompt().then(() => event.userChoice).then((c) => (c.outcome === "accepted" ? setEvent(null) : dismiss()))}>
        {strings.installButton}
      </button>
      <button type="button" className="min-h-11 rounded-md px-3 text-stone-800 underline" onClick={dismiss}>
        {strings.dismiss}
      </button>
    </div>
  );
}
