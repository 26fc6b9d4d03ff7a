import "server-only";
import { districtAt } from "../district";
import { parseCsvRows, parseGeojsonRows } from "./parse";
import { validateRows, type ImportRow, type RowError } from "./rows";
import { type PlaceWrite } from "../admin/mutations";
import type { Datum } from "../schema";
import { listFacilityCodes, listPlacePoints } from "./data";
import { importPlaces } from "./mutations";

export type ImportRequest = { format: "csv" | "geojson"; datum: Datum; content: string };
export type ImportReport =
  | { ok: false; fileError: string; detail?: string }
  | { ok: true; total: number; valid: number; errors: RowError[]; imported: number; preview: ImportRow[] };

/** Reads and checks a file against the directory as it is now; writes nothing. */
async function check(req: ImportRequest) {
  const parsed = req.format === "csv" ? parseCsvRows(req.content) : parseGeojsonRows(req.content);
  if (!parsed.ok) return parsed;
  const [facilityCodes, existing] = await Promise.all([listFacilityCodes(), listPlacePoints()]);
  return { ok: true as const, total: parsed.rows.length, ...validateRows(parsed.rows, { datum: req.datum, facilityCodes, existing, districtAt }, parsed.firstLine) };
}

function toWrite(row: ImportRow): PlaceWrite {
  return {
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind,
    addressZh: row.addressZh,
    addressEn: null,
    district: row.district,
    subdistrict: row.subdistrict,
    lat: row.lat,
    lng: row.lng,
    sourceDatum: row.sourceDatum,
    is24h: row.is24h,
    phone: row.phone,
    organization: row.organization,
    descriptionZh: null,
    descriptionEn: null,
    facilities: row.facilities.map((code) => ({ code, detail: null })),
    hours: row.hours,
  };
}

/**
 * The dry run (`commit` false) lists every wrong row and why. The import itself checks again and
 * writes only when no row is wrong: all rows in one transaction, or none.
 */
export async function runImport(actorId: string, req: ImportRequest, commit: boolean): Promise<ImportReport> {
  const checked = await check(req);
  if (!checked.ok) return { ok: false, fileError: checked.error, detail: checked.detail };
  const report = { ok: true as const, total: checked.total, valid: checked.valid.length, errors: checked.errors, preview: checked.valid.slice(0, 20) };
  if (!commit || report.errors.length || report.valid === 0) return { ...report, imported: 0 };
  const ids = await importPlaces(actorId, checked.valid.map(toWrite));
  return { ...report, imported: ids.length };
}
