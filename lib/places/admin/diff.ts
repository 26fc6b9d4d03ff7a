import { formatHours } from "../import/rows";
import type { HoursSpan } from "../schema";

type Value = string | number | boolean | null;
export type PlaceSnapshot = Record<string, Value>;
/** What a PlaceChange row stores: each changed field with its value before and after. */
export type FieldDiff = Record<string, { from: Value; to: Value }>;

export type SnapshotSource = {
  nameZh: string;
  nameEn: string | null;
  kind: string;
  addressZh: string;
  addressEn: string | null;
  district: string;
  subdistrict: string;
  lat: number;
  lng: number;
  sourceDatum: string;
  is24h: boolean;
  holidayMode?: string;
  status: string;
  closedReason: string | null;
  closedUntil: Date | null;
  phone: string | null;
  organization: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  lastVerifiedAt: Date | null;
  facilities: { facilityCode: string; detail: string | null }[];
  hours: HoursSpan[];
};

export const SNAPSHOT_FIELDS = [
  "nameZh",
  "nameEn",
  "kind",
  "addressZh",
  "addressEn",
  "district",
  "subdistrict",
  "lat",
  "lng",
  "sourceDatum",
  "is24h",
  "hours",
  "holidayMode",
  "facilities",
  "status",
  "closedReason",
  "closedUntil",
  "phone",
  "organization",
  "descriptionZh",
  "descriptionEn",
  "lastVerifiedAt",
] as const;

/** A place as flat, comparable values: facilities and hours as readable text. */
export function snapshotPlace(p: SnapshotSource): PlaceSnapshot {
  const facilities = [...p.facilities]
    .sort((a, b) => a.facilityCode.localeCompare(b.facilityCode))
    .map((f) => (f.detail ? `${f.facilityCode}(${f.detail})` : f.facilityCode))
    .join("; ");
  return {
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    kind: p.kind,
    addressZh: p.addressZh,
    addressEn: p.addressEn,
    district: p.district,
    subdistrict: p.subdistrict,
    lat: p.lat,
    lng: p.lng,
    sourceDatum: p.sourceDatum,
    is24h: p.is24h,
    hours: formatHours(p.hours) || null,
    holidayMode: p.holidayMode ?? "SAME",
    facilities: facilities || null,
    status: p.status,
    closedReason: p.closedReason,
    closedUntil: p.closedUntil ? p.closedUntil.toISOString().slice(0, 10) : null,
    phone: p.phone,
    organization: p.organization,
    descriptionZh: p.descriptionZh,
    descriptionEn: p.descriptionEn,
    lastVerifiedAt: p.lastVerifiedAt ? p.lastVerifiedAt.toISOString() : null,
  };
}

/** The fields that differ; `before` null (a new place) lists every field that has a value. */
export function diffSnapshots(before: PlaceSnapshot | null, after: PlaceSnapshot): FieldDiff {
  const diff: FieldDiff = {};
  for (const field of Object.keys(after)) {
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (from !== to) diff[field] = { from, to };
  }
  return diff;
}
