import type { Datum, HoursSpan } from "@/lib/places/schema";
import { sortSpans } from "./schema";

type District = "JINCHUAN" | "YONGCHANG";

/** Used as the subdistrict when none is known: the column is required and 街道 outlines are not bundled. */
export const DISTRICT_NAMES: Record<District, string> = { JINCHUAN: "金川区", YONGCHANG: "永昌县" };

/** The fields of a place that an application sets: what an approval writes and what a diff compares. */
export type VenueFields = {
  nameZh: string;
  organization: string;
  addressZh: string;
  lat: number;
  lng: number;
  sourceDatum: Datum;
  district: District;
  subdistrict: string;
  phone: string | null;
  descriptionZh: string | null;
  is24h: boolean;
  hours: HoursSpan[];
  facilities: string[];
};

export type ApplicationContent = {
  businessName: string;
  addressZh: string;
  lat: number;
  lng: number;
  sourceDatum: Datum;
  district: District | null;
  phone: string | null;
  descriptionZh: string | null;
  is24h: boolean;
  hours: unknown;
  facilityCodes: string[];
};

/** Spans as stored in the application's JSON column (written only by our own mutation). */
export function spansOf(json: unknown): HoursSpan[] {
  if (!Array.isArray(json)) return [];
  return sortSpans(
    json.filter((s): s is HoursSpan => typeof s === "object" && s !== null && ["weekday", "opensAt", "closesAt"].every((k) => Number.isInteger((s as Record<string, unknown>)[k]))),
  ).map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
}

/** What the live place should look like once `app` is approved; an edit keeps a known subdistrict. */
export function venueFromApplication(app: ApplicationContent, current?: Pick<VenueFields, "district" | "subdistrict">): VenueFields {
  if (!app.district) throw new Error("An application outside Jinchang cannot become a place");
  const subdistrict = current && current.district === app.district ? current.subdistrict : DISTRICT_NAMES[app.district];
  return {
    nameZh: app.businessName,
    organization: app.businessName,
    addressZh: app.addressZh,
    lat: app.lat,
    lng: app.lng,
    sourceDatum: app.sourceDatum,
    district: app.district,
    subdistrict,
    phone: app.phone,
    descriptionZh: app.descriptionZh,
    is24h: app.is24h,
    hours: app.is24h ? [] : spansOf(app.hours),
    facilities: [...app.facilityCodes].sort(),
  };
}

export type VenueDiff = Partial<Record<keyof VenueFields, { from: unknown; to: unknown }>>;

/** Field by field, what an approved edit changes: stored in PlaceChange.changes and shown to reviewers. */
export function diffVenue(before: VenueFields, after: VenueFields): VenueDiff {
  const diff: VenueDiff = {};
  for (const key of Object.keys(after) as (keyof VenueFields)[]) {
    const from = key === "facilities" ? [...before.facilities].sort() : key === "hours" ? sortSpans(before.hours) : before[key];
    const to = after[key];
    // A pin re-sent unchanged through another datum may move by a rounding step: not a change.
    const same = key === "lat" || key === "lng" ? Math.abs((from as number) - (to as number)) < 1e-5 : JSON.stringify(from) === JSON.stringify(to);
    if (!same) diff[key] = { from, to };
  }
  return diff;
}
