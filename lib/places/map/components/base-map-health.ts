"use client";

import { useEffect, useRef, useState } from "react";

/** How long to wait for a first tile before saying the base map is unavailable. */
const TILE_GRACE_MS = 8000;

/** "No base map" = no tile layer configured, the browser is offline, or tiles fail and none ever loaded. */
export function useBaseMapHealth(hasLayers: boolean) {
  const [state, setState] = useState<"pending" | "ok" | "failed">(hasLayers ? "pending" : "failed");
  const loaded = useRef(false);
  useEffect(() => {
    if (!hasLayers) return;
    const offline = () => setState("failed");
    const online = () => setState(loaded.current ? "ok" : "pending");
    if (!navigator.onLine) offline();
    const timer = setTimeout(() => !loaded.current && setState("failed"), TILE_GRACE_MS);
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
  }, [hasLayers]);
  return {
    failed: state === "failed",
    onLoad: () => {
      loaded.current = true;
      setState("ok");
    },
    // One tile failing after others loaded is a flaky network, not a missing base map.
    onError: () => !loaded.current && setState("failed"),
  };
}
