import Papa from "papaparse";
import { IMPORT_COLUMNS } from "../import/parse";
import { formatHours } from "../import/rows";
import type { HoursSpan } from "../schema";

export type ExportPlace = {
  id: string;
  kind: string;
  nameZh: string;
  nameEn: string | null;
  addressZh: string;
  district: string;
  subdistrict: string;
  lat: number;
  lng: number;
  phone: string | null;
  organization: string | null;
  is24h: boolean;
  status: string;
  lastVerifiedAt: Date | null;
  facilities: { facilityCode: string }[];
  hours: HoursSpan[];
};

/** The import's columns first (so an export can be edited and imported again), then staff fields. */
export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, "id", "status", "last_verified"] as const;

function toRecord(p: ExportPlace): Record<(typeof EXPORT_COLUMNS)[number], string | number> {
  return {
    name_zh: p.nameZh,
    name_en: p.nameEn ?? "",
    kind: p.kind,
    address_zh: p.addressZh,
    district: p.district,
    subdistrict: p.subdistrict,
    lat: p.lat,
    lng: p.lng,
    facilities: p.facilities.map((f) => f.facilityCode).join(";"),
    phone: p.phone ?? "",
    organization: p.organization ?? "",
    is_24h: p.is24h ? 1 : 0,
    hours: formatHours(p.hours),
    id: p.id,
    status: p.status,
    last_verified: p.lastVerifiedAt ? p.lastVerifiedAt.toISOString().slice(0, 10) : "",
  };
}

/**
 * UTF-8 with a BOM, so that Excel shows the Chinese; coordinates are WGS-84. Cells that a
 * spreadsheet would run as a formula (=, @, or +/- not followed by a number) get a leading quote.
 */
export function directoryCsv(places: ExportPlace[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...EXPORT_COLUMNS], data: places.map((p) => EXPORT_COLUMNS.map((c) => toRecord(p)[c])) }, { escapeFormulae: /^(?:[=@\t\r]|[+-](?![\d\s.]*$))/ })}\r\n`;
}

/** RFC 7946 (WGS-84, [lng, lat]); properties use the import's column names. */
export function directoryGeojson(places: ExportPlace[]) {
  return {
    type: "FeatureCollection" as const,
    features: places.map((p) => {
      const { lat, lng, ...properties } = toRecord(p);
      return { type: "Feature" as const, id: p.id, geometry: { type: "Point" as const, coordinates: [lng, lat] }, properties };
    }),
  };
}
