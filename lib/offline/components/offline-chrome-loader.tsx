"use client";

import dynamic from "next/dynamic";

/**
 * The offline chrome is loaded after the page, not in its first-load JavaScript: everything it shows
 * depends on the browser (online state, the service worker, the outbox), so the server renders nothing
 * for it anyway, and the map page stays within its 200 kB budget (docs/BENCHMARKS.md). Its chunk is
 * cached by the service worker like any other, so it loads offline too.
 */
export const OfflineChromeLoader = dynamic(() => import("./offline-chrome").then((m) => m.OfflineChrome), { ssr: false });
