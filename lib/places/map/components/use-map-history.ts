"use client";

import { useEffect, useMemo, useRef } from "react";
import { mapUrlSearch, parseMapUrl, type MapUrlState } from "../url-state";

// Marks a history entry that we pushed for an open sheet. Next.js's patched pushState/replaceState
// copy its own router state in beside it, so its back/forward handling keeps working.
const SHEET = "nxSheet";

const href = (s: MapUrlState) => `${window.location.pathname}${mapUrlSearch(s)}`;
const sheetEntry = () => Boolean((window.history.state as Record<string, unknown> | null)?.[SHEET]);

/**
 * Keeps the address in step with the map page: filters replace the current entry (back should not
 * step through every chip tapped), an opened sheet pushes one, so that the phone's back button
 * closes the sheet instead of leaving the site. Back and forward hand the address's state to `onRestore`.
 */
export function useMapHistory(facilityCodes: readonly string[], onRestore: (s: MapUrlState) => void) {
  const restore = useRef(onRestore);
  useEffect(() => {
    restore.current = onRestore;
  });

  useEffect(() => {
    const onPop = () => restore.current(parseMapUrl(new URLSearchParams(window.location.search), facilityCodes));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [facilityCodes]);

  return useMemo(
    () => ({
      replace(state: MapUrlState) {
        window.history.replaceState(sheetEntry() ? { [SHEET]: true } : {}, "", href(state));
      },
      open(state: MapUrlState) {
        // Another place while one is open replaces it: one back press still closes the sheet.
        if (sheetEntry()) window.history.replaceState({ [SHEET]: true }, "", href(state));
        else window.history.pushState({ [SHEET]: true }, "", href(state));
      },
      /** True when closing is a step back: the popstate that follows closes the sheet. */
      close(state: MapUrlState): boolean {
        if (sheetEntry()) {
          window.history.back();
          return true;
        }
        // Opened from a shared link: there is no entry of ours to go back to.
        window.history.replaceState({}, "", href({ ...state, placeId: null }));
        return false;
      },
    }),
    [],
  );
}
