"use client";

import dynamic from "next/dynamic";

// The only way into the pin picker's Leaflet bundle (Leaflet touches `window` on import).
export const PinPickerMap = dynamic(() => import("./pin-picker-map"), { ssr: false, loading: () => null });
