import Papa from "papaparse";
import type { RawRow } from "./rows";

export const IMPORT_COLUMNS = [
  "name_zh",
  "name_en",
  "kind",
  "address_zh",
  "district",
  "subdistrict",
  "lat",
  "lng",
  "facilities",
  "phone",
  "organization",
  "is_24h",
  "hours",
] as const;

export const MAX_IMPORT_ROWS = 5000;

export type ParsedFile = { ok: true; rows: RawRow[]; firstLine: number } | { ok: false; error: "bad_csv" | "bad_geojson" | "missing_columns" | "too_many_rows"; detail?: string };

/** A CSV with a header row (UTF-8, with or without the BOM Excel writes). */
export function parseCsvRows(text: string): ParsedFile {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fatal = result.errors.find((e) => e.type === "Quotes" || e.type === "Delimiter");
  if (fatal) return { ok: false, error: "bad_csv", detail: `${fatal.message} (row ${(fatal.row ?? 0) + 2})` };
  const fields = result.meta.fields ?? [];
  const missing = ["name_zh", "lat", "lng"].filter((c) => !fields.includes(c));
  if (missing.length) return { ok: false, error: "missing_columns", detail: missing.join(", ") };
  if (result.data.length > MAX_IMPORT_ROWS) return { ok: false, error: "too_many_rows", detail: String(MAX_IMPORT_ROWS) };
  return { ok: true, rows: result.data, firstLine: 2 };
}

/**
 * A GeoJSON FeatureCollection of Points whose properties use the CSV column names; the point's
 * [lng, lat] becomes the lat and lng columns. Rows are numbered from 1 (the feature's position).
 */
export function parseGeojsonRows(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: "bad_geojson", detail: e instanceof Error ? e.message : undefined };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) return { ok: false, error: "bad_geojson", detail: "not a FeatureCollection" };
  if (fc.features.length > MAX_IMPORT_ROWS) return { ok: false, error: "too_many_rows", detail: String(MAX_IMPORT_ROWS) };
  const rows = fc.features.map((f: { properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } }) => {
    const properties = f && typeof f.properties === "object" && f.properties ? (f.properties as RawRow) : {};
    const coords = f?.geometry?.type === "Point" && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : [];
    return { ...properties, lng: coords[0] ?? "", lat: coords[1] ?? "" };
  });
  return { ok: true, rows, firstLine: 1 };
}
