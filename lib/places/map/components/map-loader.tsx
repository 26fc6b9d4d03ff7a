"use client";

import dynamic from "next/dynamic";

// The only way into the Leaflet bundle: it touches `window` on import, and keeping it out of the
// first load lets the list and filters work while the map is still downloading.
export const PlacesMap = dynamic(() => import("./map"), { ssr: false, loading: () => null });
