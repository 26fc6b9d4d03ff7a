import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { Random } from "./random";
import { CITY_BOX, type Township } from "./townships";
import { type District } from "@/lib/places/schema";

type MultiPolygonFeature = {
  type: "Feature";
  properties: { adcode: number; name: string };
  geometry: { type: "MultiPolygon"; coordinates: number[][][][] };
};

export type DistrictPolygons = Record<District, MultiPolygonFeature>;

const ADCODES: Record<District, number> = { JINCHUAN: 620302, YONGCHANG: 620321 };

/** The file the map serves too; shared/ is not deployed, so the seed reads the copy in public/. */
export const DISTRICTS_FILE = path.resolve(import.meta.dirname, "../../../public/geo/jinchang-districts.wgs84.geojson");

export function loadDistrictPolygons(file = DISTRICTS_FILE): DistrictPolygons {
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features: MultiPolygonFeature[] };
  const byCode = (district: District) => {
    const feature = collection.features.find((f) => f.properties.adcode === ADCODES[district]);
    if (!feature) throw new Error(`${file} has no polygon for ${district} (${ADCODES[district]})`);
    return feature;
  };
  return { JINCHUAN: byCode("JINCHUAN"), YONGCHANG: byCode("YONGCHANG") };
}

export function isInsideDistrict(polygons: DistrictPolygons, district: District, lat: number, lng: number): boolean {
  return booleanPointInPolygon([lng, lat], polygons[district]);
}

const METRES_PER_DEGREE = 111_320;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A point scattered around a township anchor with a normal distribution, resampled until it lies
 * inside the township's district (and, in the city, inside the built-up box), never in the desert.
 */
export function scatterAround(rng: Random, polygons: DistrictPolygons, anchor: Township): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 200; attempt++) {
    const dx = rng.gaussian() * anchor.sigmaM;
    const dy = rng.gaussian() * anchor.sigmaM;
    if (Math.hypot(dx, dy) > anchor.maxM) continue;
    const lat = round6(anchor.lat + dy / METRES_PER_DEGREE);
    const lng = round6(anchor.lng + dx / (METRES_PER_DEGREE * Math.cos((anchor.lat * Math.PI) / 180)));
    const inCity = lat >= CITY_BOX.south && lat <= CITY_BOX.north && lng >= CITY_BOX.west && lng <= CITY_BOX.east;
    if (anchor.urban && !inCity) continue;
    if (isInsideDistrict(polygons, anchor.district, lat, lng)) return { lat, lng };
  }
  throw new Error(`No point inside ${anchor.district} found near ${anchor.name}`);
}
