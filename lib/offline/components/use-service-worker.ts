"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { SavedNotice } from "../routes";

/**
 * Registers /sw.js (production builds only: a worker would serve stale code to `next dev`), asks it to
 * store what this visit loaded, and reports two things to the shell: that the page or the nearby list
 * came from the phone's cache, and that an update is waiting. The update takes over on the next
 * navigation, never with a reload, so a half-filled form is left alone.
 */
export function useServiceWorker(): { saved: SavedNotice | null; updateWaiting: boolean } {
  // Each notice belongs to the page it was given for; a navigation leaves it behind.
  const [saved, setSaved] = useState<{ notice: SavedNotice; path: string } | null>(null);
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const pathname = usePathname();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const sw = navigator.serviceWorker;
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === "NX_SAVED") setSaved({ notice: e.data.notice as SavedNotice, path: location.pathname });
    };
    const onTakeover = () => setWaiting(null);
    sw.addEventListener("message", onMessage);
    sw.addEventListener("controllerchange", onTakeover);
    void sw.register("/sw.js", { scope: "/", updateViaCache: "none" }).then((reg) => {
      const watch = (w: ServiceWorker | null) => {
        w?.addEventListener("statechange", () => w.state === "installed" && sw.controller && setWaiting(w));
      };
      if (reg.waiting && sw.controller) setWaiting(reg.waiting);
      watch(reg.installing);
      reg.addEventListener("updatefound", () => watch(reg.installing));
    });
    void sw.ready.then((reg) => {
      // What this first load fetched before the worker could see it: the page, its scripts, the nearby list.
      const loaded = performance.getEntriesByType("resource").map((e) => e.name).filter((u) => /\/_next\/static\/|\/api\/places\/near\?/.test(u));
      reg.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [location.href, ...loaded] } });
      askSavedState((notice) => setSaved({ notice, path: location.pathname }));
    });
    return () => {
      sw.removeEventListener("message", onMessage);
      sw.removeEventListener("controllerchange", onTakeover);
    };
  }, []);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    const active = navigator.serviceWorker?.controller;
    // A page reached in the app is fetched as data, not HTML: have the worker store its HTML too.
    active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [location.href] } });
    // The new version takes over now, between pages; "controllerchange" then hides the notice.
    waiting?.postMessage({ type: "SKIP_WAITING" });
  }, [pathname, waiting]);

  return { saved: saved && saved.path === pathname ? saved.notice : null, updateWaiting: waiting !== null };
}

function askSavedState(setSaved: (n: SavedNotice) => void) {
  const controller = navigator.serviceWorker.controller;
  if (!controller) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => e.data && setSaved(e.data as SavedNotice);
  controller.postMessage({ type: "SAVED_STATE" }, [channel.port2]);
}
