import type { HoursSpan, PlaceKind, PlaceStatus } from "@/lib/places/schema";
import type { FacilityPick } from "./facility-sets";
import type { Random } from "./random";
import { DISTRICT_NAMES, ROAD_EN, type Township } from "./townships";
import { type District } from "@/lib/places/schema";

/** A generated place before ids and verification dates are assigned. */
export type PlaceDraft = {
  kind: PlaceKind;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  district: District;
  subdistrict: string;
  lat: number;
  lng: number;
  is24h: boolean;
  hours: HoursSpan[];
  facilities: FacilityPick[];
  phone: string | null;
  organization: string | null;
  descriptionZh?: string;
  descriptionEn?: string;
  status?: PlaceStatus;
  closedReason?: string;
  closedUntil?: Date;
};

export function streetAddress(town: Township, road: string, houseNumber: number): { addressZh: string; addressEn: string } {
  const district = DISTRICT_NAMES[town.district];
  const townZh = town.urban ? "" : town.name;
  const townEn = town.urban ? "" : `, ${town.nameEn}`;
  return {
    addressZh: `金昌市${district.zh}${townZh}${road}${houseNumber}号`,
    addressEn: `No. ${houseNumber} ${ROAD_EN[road] ?? road}${townEn}, ${district.en}, Jinchang`,
  };
}

/** What a station is named after: its road in the city, its town elsewhere. */
export function localityLabel(town: Township, road: string): { zh: string; en: string } {
  return town.urban || town.name === "城关镇" ? { zh: road, en: ROAD_EN[road] ?? road } : { zh: town.name, en: town.nameEn };
}

const MOBILE_PREFIXES = ["133", "138", "139", "151", "153", "158", "177", "181", "189", "199"];

/** 0935 is Jinchang's area code; the county's exchanges differ from the city's. */
export function phoneNumber(rng: Random, district: District, { landline = 0.6, mobile = 0.3 } = {}): string | null {
  const r = rng.next();
  if (r < landline) return district === "JINCHUAN" ? `0935-8${rng.digits(6)}` : `0935-75${rng.digits(5)}`;
  if (r < landline + mobile) return `${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}`;
  return null;
}

export const unionOf = (district: District) => (district === "JINCHUAN" ? "金川区总工会" : "永昌县总工会");
