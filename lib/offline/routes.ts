/**
 * What the service worker keeps for offline use, shared by the worker (lib/offline/sw/sw.ts) and tests.
 * Only public pages without personal data: a tracking page or "my data" must not stay on a shared phone.
 */
const OFFLINE_PAGE = /^(?:\/en)?(?:\/|\/places\/[A-Za-z0-9_-]+|\/report|\/privacy)?\/?$/;

export function isOfflinePage(pathname: string): boolean {
  return OFFLINE_PAGE.test(pathname);
}

/** Set by the worker on what it stores: when it was fetched, in ms since the epoch. */
export const SAVED_AT_HEADER = "x-nx-saved-at";

/** What the worker tells a page that it answered from the cache. */
export type SavedNotice = { what: "page" | "near"; savedAt: number };
