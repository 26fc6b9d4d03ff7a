import { formatMinute } from "../directory/hours";
import { distanceMeters } from "@/lib/geo/distance";
import { toWgs84 } from "../directory/navigation";
import { PLACE_KINDS, type Datum, type HoursSpan, type PlaceKind, inGansu, PHONE, type District } from "../schema";

// Pure validation of imported rows: no database, no I/O, so every rule is unit-testable.

export type RawRow = Record<string, unknown>;

export type ImportRow = {
  line: number;
  nameZh: string;
  nameEn: string | null;
  kind: PlaceKind;
  addressZh: string;
  district: District;
  subdistrict: string;
  /** WGS-84, converted from the file's datum. */
  lat: number;
  lng: number;
  sourceDatum: Datum;
  facilities: string[];
  phone: string | null;
  organization: string | null;
  is24h: boolean;
  hours: HoursSpan[];
};

export const ROW_ERRORS = [
  "missing_name",
  "bad_kind",
  "missing_address",
  "bad_coordinates",
  "outside_gansu",
  "bad_district",
  "unknown_facility",
  "bad_hours",
  "bad_phone",
  "bad_flag",
  "too_long",
  "duplicate_existing",
  "duplicate_in_file",
] as const;
export type RowErrorCode = (typeof ROW_ERRORS)[number];
export type RowError = { line: number; name: string; code: RowErrorCode; detail?: string };

export type ExistingPlace = { id: string; nameZh: string; lat: number; lng: number };
export type ImportContext = {
  datum: Datum;
  facilityCodes: ReadonlySet<string>;
  existing: readonly ExistingPlace[];
  /** The district containing a WGS-84 point (lib/places/district.ts on the server). */
  districtAt: (lat: number, lng: number) => District | null;
};

/** Two entries with the same name this close together are the same place. */
export const DUPLICATE_RADIUS_M = 30;

const DISTRICT_NAMES: Record<string, District> = { JINCHUAN: "JINCHUAN", YONGCHANG: "YONGCHANG", 金川区: "JINCHUAN", 永昌县: "YONGCHANG", 金川: "JINCHUAN", 永昌: "YONGCHANG" };
const TRUE = new Set(["1", "true", "yes", "y", "是"]);
const FALSE = new Set(["", "0", "false", "no", "n", "否"]);

const str = (v: unknown): string => (v === undefined || v === null ? "" : Array.isArray(v) ? v.join(";") : String(v)).trim();
export const normalizeName = (name: string) => name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

function parseTime(t: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (!m || Number(m[2]) > 59) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return v <= 1440 ? v : null;
}

function parseDays(days: string): number[] | null {
  const out = new Set<number>();
  for (const part of days.split(/[,，、]/)) {
    const m = /^([1-7])(?:-([1-7]))?$/.exec(part.trim());
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from) return null;
    for (let d = from; d <= to; d++) out.add(d);
  }
  return [...out].sort();
}

/**
 * "1-5 08:00-20:00; 6-7 09:00-18:00; 1-7 22:00-06:00" → spans (ISO weekdays, minutes). A span
 * whose closing time is at or before its opening time runs past midnight (closesAt > 1440).
 * Empty text means no hours known. Returns null when any part is malformed.
 */
export function parseHours(text: string): HoursSpan[] | null {
  const spans: HoursSpan[] = [];
  for (const segment of text.split(/[;；]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(\d{1,2}:\d{2})\s*[-–~]\s*(\d{1,2}:\d{2})$/.exec(segment);
    if (!m) return null;
    const days = parseDays(m[1]!);
    const opensAt = parseTime(m[2]!);
    const closes = parseTime(m[3]!);
    if (!days || opensAt === null || closes === null || opensAt >= 1440) return null;
    const closesAt = closes <= opensAt ? closes + 1440 : closes;
    for (const weekday of days) spans.push({ weekday, opensAt, closesAt });
  }
  return spans.sort((a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt);
}

function formatDays(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(j > i ? `${days[i]}-${days[j]}` : String(days[i]));
    i = j + 1;
  }
  return parts.join(",");
}

/** The inverse of parseHours, grouping weekdays that share a span: what the export writes. */
export function formatHours(spans: readonly HoursSpan[]): string {
  const groups = new Map<string, number[]>();
  for (const s of [...spans].sort((a, b) => a.opensAt - b.opensAt || a.closesAt - b.closesAt || a.weekday - b.weekday)) {
    const key = `${s.opensAt}-${s.closesAt}`;
    groups.set(key, [...(groups.get(key) ?? []), s.weekday]);
  }
  return [...groups.entries()]
    .map(([key, days]) => {
      const [opensAt, closesAt] = key.split("-").map(Number) as [number, number];
      const closes = closesAt === 1440 ? "24:00" : formatMinute(closesAt);
      return `${formatDays([...new Set(days)].sort())} ${formatMinute(opensAt)}-${closes}`;
    })
    .join("; ");
}

function validateRow(raw: RawRow, line: number, ctx: ImportContext): { row?: ImportRow; errors: RowError[] } {
  const name = str(raw.name_zh);
  const errors: RowError[] = [];
  const fail = (code: RowErrorCode, detail?: string) => errors.push({ line, name, code, ...(detail ? { detail } : {}) });

  if (!name) fail("missing_name");
  const kind = str(raw.kind).toUpperCase() as PlaceKind;
  if (!PLACE_KINDS.includes(kind)) fail("bad_kind", str(raw.kind));
  const address = str(raw.address_zh);
  if (!address) fail("missing_address");
  const lengths: [string, number][] = [["name_zh", 100], ["name_en", 200], ["address_zh", 200], ["subdistrict", 60], ["organization", 100]];
  for (const [field, max] of lengths) if (str(raw[field]).length > max) fail("too_long", field);

  let point: { lat: number; lng: number } | null = null;
  const lat = str(raw.lat) === "" ? NaN : Number(str(raw.lat));
  const lng = str(raw.lng) === "" ? NaN : Number(str(raw.lng));
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) fail("bad_coordinates");
  else {
    point = toWgs84({ lat, lng }, ctx.datum);
    if (!inGansu(point.lat, point.lng)) {
      fail("outside_gansu", `${lat}, ${lng}`);
      point = null;
    }
  }

  let district: District | null = null;
  const districtText = str(raw.district);
  if (districtText) {
    district = DISTRICT_NAMES[districtText] ?? DISTRICT_NAMES[districtText.toUpperCase()] ?? null;
    if (!district) fail("bad_district", districtText);
  } else if (point) {
    district = ctx.districtAt(point.lat, point.lng);
    if (!district) fail("bad_district");
  }

  const facilities = [...new Set(str(raw.facilities).split(/[;；,，]/).map((f) => f.trim()).filter(Boolean))];
  const unknown = facilities.filter((f) => !ctx.facilityCodes.has(f));
  if (unknown.length) fail("unknown_facility", unknown.join(", "));

  const hours = parseHours(str(raw.hours));
  if (!hours) fail("bad_hours", str(raw.hours));
  const flag = str(raw.is_24h).toLowerCase();
  if (!TRUE.has(flag) && !FALSE.has(flag)) fail("bad_flag", str(raw.is_24h));
  const phone = str(raw.phone);
  if (phone && !PHONE.test(phone)) fail("bad_phone", phone);

  if (errors.length || !point || !district || !hours) return { errors };
  return {
    errors,
    row: {
      line,
      nameZh: name,
      nameEn: str(raw.name_en) || null,
      kind,
      addressZh: address,
      district,
      subdistrict: str(raw.subdistrict),
      lat: point.lat,
      lng: point.lng,
      sourceDatum: ctx.datum,
      facilities,
      phone: phone || null,
      organization: str(raw.organization) || null,
      is24h: TRUE.has(flag),
      hours: TRUE.has(flag) ? [] : hours,
    },
  };
}

/**
 * Checks every row and reports every problem (not just the first), so a file can be fixed in one
 * pass. `firstLine` is the line number of the first data row (2 for a CSV with a header).
 */
export function validateRows(raws: readonly RawRow[], ctx: ImportContext, firstLine = 2): { valid: ImportRow[]; errors: RowError[] } {
  const byName = new Map<string, ExistingPlace[]>();
  for (const p of ctx.existing) byName.set(normalizeName(p.nameZh), [...(byName.get(normalizeName(p.nameZh)) ?? []), p]);
  const seen = new Map<string, ImportRow[]>();
  const valid: ImportRow[] = [];
  const errors: RowError[] = [];

  raws.forEach((raw, i) => {
    const { row, errors: rowErrors } = validateRow(raw, firstLine + i, ctx);
    errors.push(...rowErrors);
    if (!row) return;
    const key = normalizeName(row.nameZh);
    const existing = byName.get(key)?.find((p) => distanceMeters(p, row) <= DUPLICATE_RADIUS_M);
    const earlier = seen.get(key)?.find((r) => distanceMeters(r, row) <= DUPLICATE_RADIUS_M);
    if (existing) errors.push({ line: row.line, name: row.nameZh, code: "duplicate_existing", detail: existing.id });
    if (earlier) errors.push({ line: row.line, name: row.nameZh, code: "duplicate_in_file", detail: String(earlier.line) });
    seen.set(key, [...(seen.get(key) ?? []), row]);
    if (!existing && !earlier) valid.push(row);
  });
  return { valid, errors };
}
