"use client";

import { useTranslations } from "next-intl";
import type { BaseMapConfig } from "@/lib/places/map/components/base-map";
import { attributionKey } from "@/lib/places/map/components/base-layers";
import { PointPickerMap } from "@/lib/places/map/components/point-picker-map";
import type { LatLng } from "@/lib/places/directory/navigation";
import { secondaryButton } from "./fields";

// Loaded only through pin-picker-loader.tsx.

export type PinPickerProps = {
  baseMap: BaseMapConfig;
  /** The pin in the tiles' own datum (GCJ-02 on Amap), exactly as it was picked. */
  value: LatLng | null;
  onPick: (p: LatLng) => void;
  describedBy?: string;
};

/** The venue's pin, reported in the datum of the tiles it was picked on; the server converts it to WGS-84 and records that datum. */
export default function PinPickerMap({ baseMap, value, onPick, describedBy }: PinPickerProps) {
  const t = useTranslations("merchants.map");
  const labels = { region: t("label"), pin: t("pinLabel"), useCentre: t("useCenter"), baseMapUnavailable: t("baseMapUnavailable"), attribution: t(attributionKey(baseMap)) };
  return (
    <PointPickerMap baseMap={baseMap} value={value} onPick={onPick} datum="tiles" labels={labels} pinColour="#be185d" name="nx-venue-picker" describedBy={describedBy} buttonClass={secondaryButton} />
  );
}
