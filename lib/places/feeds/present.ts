import { chinaClock } from "../directory/hours";
import type { PlaceRow } from "./sql";
import type { NearPlace, PlaceKind, PlaceStatus, PublicPlace } from "../schema";

export function placePath(id: string, lang: "zh-CN" | "en"): string {
  return `${lang === "en" ? "/en" : ""}/places/${id}`;
}

/** The public properties of a place, in the requested language; never more than the API promises. */
export function toPublicPlace(row: PlaceRow, lang: "zh-CN" | "en", origin: string): PublicPlace {
  const en = lang === "en";
  return {
    id: row.id,
    kind: row.kind as PlaceKind,
    name: (en && row.nameEn) || row.nameZh,
    address: (en && row.addressEn) || row.addressZh,
    district: row.district,
    subdistrict: row.subdistrict,
    lat: row.lat,
    lng: row.lng,
    facilities: row.facilities,
    is_24h: row.is24h,
    open_now: row.open_now,
    status: row.status as PlaceStatus,
    phone: row.phone,
    url: `${origin}${placePath(row.id, lang)}`,
    updated_at: new Date(row.updatedAt).toISOString(),
    assured_date: row.assuredAt ? chinaClock(new Date(row.assuredAt)).date : null,
  };
}

export function toNearPlace(row: PlaceRow, lang: "zh-CN" | "en", origin: string): NearPlace {
  return { ...toPublicPlace(row, lang, origin), distance_m: Math.round(row.distance_m ?? 0) };
}

export function toFeature(place: PublicPlace) {
  const { lng, lat, ...properties } = place;
  return { type: "Feature" as const, id: place.id, geometry: { type: "Point" as const, coordinates: [lng, lat] }, properties };
}
