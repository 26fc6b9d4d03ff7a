"use client";

import dynamic from "next/dynamic";

// The only way into the picker's Leaflet bundle (Leaflet touches `window` on import).
export const LocationPickerMap = dynamic(() => import("./location-picker-map"), { ssr: false, loading: () => null });
