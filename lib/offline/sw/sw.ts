/**
 * The service worker, bundled by the Serwist CLI (serwist.config.mjs) into public/sw.js after `next build`.
 *
 * What works offline, and why only that: the pages a rider opened (home, place pages, the report form,
 * privacy) and the last /api/places/near answer. Pages with personal data (/me, /track, /merchant,
 * /admin, sign-in) are never stored on the phone. Hashed static files are cached as they are loaded,
 * not precached: precaching every chunk of the app would cost a weak connection megabytes for pages
 * a rider never opens.
 *
 * An update waits (no skipWaiting): the page asks it to take over on the next navigation
 * (lib/offline/components/use-service-worker.ts), so a half-filled form is never reloaded.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { isOfflinePage, SAVED_AT_HEADER, type SavedNotice } from "../routes";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** When each client was last served something from the cache (the page asks on load; see "SAVED_STATE"). */
const servedFromCache = new Map<string, SavedNotice>();

/** Stamps what is stored with the time it was fetched, which the page shows as "已保存 · <time>". */
const stampOnStore: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200) return null;
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, String(Date.now()));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  },
};

/** Records (and tells the page) that a network answer was replaced by a stored one. */
function noteServedFromCache(what: SavedNotice["what"]): SerwistPlugin {
  return {
    cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
      if (!cachedResponse || !(event instanceof FetchEvent)) return cachedResponse;
      const notice: SavedNotice = { what, savedAt: Number(cachedResponse.headers.get(SAVED_AT_HEADER)) || Date.parse(cachedResponse.headers.get("date") ?? "") || Date.now() };
      // A navigation's page does not exist yet: it asks once it has loaded.
      const clientId = event.resultingClientId || event.clientId;
      if (clientId) {
        servedFromCache.set(clientId, notice);
        void self.clients.get(clientId).then((c) => c?.postMessage({ type: "NX_SAVED", notice }));
      }
      return cachedResponse;
    },
  };
}

// Every nearest-places query shares one entry: offline, "the last list" beats nothing, wherever the rider is now.
const oneNearEntry: SerwistPlugin = { cacheKeyWillBeUsed: async () => `${self.location.origin}/api/places/near` };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && request.method === "GET" && !request.headers.has("rsc") && !url.searchParams.has("_rsc") && isOfflinePage(url.pathname),
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 5,
        // Next varies pages on its router headers; a stored page is only ever the full HTML.
        matchOptions: { ignoreVary: true },
        plugins: [stampOnStore, noteServedFromCache("page"), new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/api/places/near",
      handler: new NetworkFirst({ cacheName: "near", networkTimeoutSeconds: 6, plugins: [oneNearEntry, stampOnStore, noteServedFromCache("near")] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "static", plugins: [new ExpirationPlugin({ maxEntries: 250, purgeOnQuotaError: true })] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && (url.pathname === "/_next/image" || url.pathname.startsWith("/api/place-photos/") || url.pathname.startsWith("/geo/")),
      handler: new StaleWhileRevalidate({ cacheName: "images", plugins: [new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 14 * 24 * 3600, purgeOnQuotaError: true })] }),
    },
  ],
  // A page never opened before: a small bilingual page that says what still works.
  fallbacks: { entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }] },
});

self.addEventListener("message", (event) => {
  if (event.data?.type !== "SAVED_STATE" || !(event.source instanceof Client)) return;
  event.ports[0]?.postMessage(servedFromCache.get(event.source.id) ?? null);
});

serwist.addEventListeners();
