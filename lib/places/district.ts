import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

type District = "JINCHUAN" | "YONGCHANG";
const CODES: Record<string, District> = { "620302": "JINCHUAN", "620321": "YONGCHANG" };

let outlines: { district: District; feature: Feature<Polygon | MultiPolygon> }[] | undefined;

function load() {
  const file = path.join(process.cwd(), "public/geo/jinchang-districts.wgs84.geojson");
  const fc = JSON.parse(readFileSync(file, "utf8")) as FeatureCollection<Polygon | MultiPolygon, { adcode?: number | string }>;
  return fc.features.flatMap((feature) => {
    const district = CODES[String(feature.properties?.adcode)];
    return district ? [{ district, feature }] : [];
  });
}

/** The district (金川区 or 永昌县) containing a WGS-84 point, from the bundled real outlines. */
export function districtAt(lat: number, lng: number): District | null {
  outlines ??= load();
  return outlines.find((o) => booleanPointInPolygon([lng, lat], o.feature))?.district ?? null;
}
