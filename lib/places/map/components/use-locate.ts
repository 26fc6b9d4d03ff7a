"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LatLng } from "@/lib/places/directory/navigation";

export type LocateState =
  | { status: "idle" }
  | { status: "locating" }
  | { status: "located"; position: LatLng }
  | { status: "failed"; reason: "denied" | "unavailable" | "timeout" | "unsupported" };

/**
 * The browser's one-shot geolocation. Asks only when the rider presses the button, unless they
 * already granted the permission earlier, in which case it locates straight away.
 */
export function useLocate(onDone: (state: LocateState) => void) {
  const [state, setState] = useState<LocateState>({ status: "idle" });
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  const locate = useCallback(() => {
    const finish = (s: LocateState) => {
      setState(s);
      done.current(s);
    };
    if (typeof navigator === "undefined" || !("geolocation" in navigator)) return finish({ status: "failed", reason: "unsupported" });
    setState({ status: "locating" });
    navigator.geolocation.getCurrentPosition(
      (pos) => finish({ status: "located", position: { lat: pos.coords.latitude, lng: pos.coords.longitude } }),
      (err) => finish({ status: "failed", reason: err.code === err.PERMISSION_DENIED ? "denied" : err.code === err.TIMEOUT ? "timeout" : "unavailable" }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    navigator.permissions
      ?.query({ name: "geolocation" })
      .then((p) => {
        if (!cancelled && p.state === "granted") locate();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [locate]);

  return { state, locate };
}
