import type { getDirectoryPlace } from "../data";
import type { PlaceFormValues } from "./place-form";

type Place = NonNullable<Awaited<ReturnType<typeof getDirectoryPlace>>>;

export const EMPTY_PLACE: PlaceFormValues = {
  nameZh: "",
  nameEn: "",
  kind: "WORKER_STATION",
  addressZh: "",
  addressEn: "",
  district: "",
  subdistrict: "",
  lat: "",
  lng: "",
  datum: "GCJ02",
  facilities: [],
  is24h: false,
  hours: [],
  holidayMode: "SAME",
  phone: "",
  organization: "",
  descriptionZh: "",
  descriptionEn: "",
};

/** A stored place as the form shows it: coordinates in WGS-84, as stored. */
export function placeFormValues(p: Place): PlaceFormValues {
  return {
    nameZh: p.nameZh,
    nameEn: p.nameEn ?? "",
    kind: p.kind,
    addressZh: p.addressZh,
    addressEn: p.addressEn ?? "",
    district: p.district,
    subdistrict: p.subdistrict,
    lat: String(p.lat),
    lng: String(p.lng),
    datum: "WGS84",
    facilities: p.facilities.map((f) => ({ code: f.facilityCode, detail: f.detail })),
    is24h: p.is24h,
    hours: p.hours,
    holidayMode: p.holidayMode,
    phone: p.phone ?? "",
    organization: p.organization ?? "",
    descriptionZh: p.descriptionZh ?? "",
    descriptionEn: p.descriptionEn ?? "",
  };
}
