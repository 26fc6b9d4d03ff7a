"use client";

import { useTranslations } from "next-intl";
import type { BaseMapConfig } from "@/lib/places/map/components/base-map";
import { attributionKey } from "@/lib/places/map/components/base-layers";
import { PointPickerMap } from "@/lib/places/map/components/point-picker-map";
import type { LatLng } from "@/lib/places/directory/navigation";
import { secondaryButton } from "./form-fields";

// Loaded only through location-picker-loader.tsx.

export type PickerProps = { baseMap: BaseMapConfig; value: LatLng | null; onPick: (p: LatLng) => void };

/** Where the problem happened. Cases are stored in WGS-84, so the picker shifts to and from Amap's tiles. */
export default function LocationPickerMap({ baseMap, value, onPick }: PickerProps) {
  const t = useTranslations("cases.location");
  const labels = { region: t("mapLabel"), pin: t("pinLabel"), useCentre: t("useCenter"), baseMapUnavailable: t("baseMapUnavailable"), attribution: t(attributionKey(baseMap)) };
  return <PointPickerMap baseMap={baseMap} value={value} onPick={onPick} datum="wgs84" labels={labels} pinColour="#b91c1c" name="nx-picker" buttonClass={secondaryButton} />;
}
