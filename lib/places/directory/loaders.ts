import "server-only";
import { cache } from "react";
import { findPlacesNear } from "../feeds/data";
import { toNearPlace } from "../feeds/present";
import type { Filters } from "../map/url-state";
import { countPlacesByArea, getPlace, listFacilities, listHolidays, listPlacesByArea } from "./data";
import { assurance } from "./freshness";
import { chinaClock, HOLIDAY_WEEKDAY, isOpenAt, previousDate } from "./hours";
import { navigationLinks } from "./navigation";
import { placePhotoImage } from "./photo-image";
import type { FacilityOption, NearPlace, PlaceDetail, PlaceKind } from "../schema";
import type { LatLng } from "./navigation";

// Places are public: these loaders need no session. Staff-only views live in admin loaders.

export const loadFacilityOptions = cache(async (locale: string): Promise<FacilityOption[]> => {
  const rows = await listFacilities();
  return rows.map((f) => ({ code: f.code, name: locale === "en" ? f.nameEn : f.nameZh, icon: f.icon }));
});

export const loadPlaceDetail = cache(async (id: string, locale: string): Promise<PlaceDetail | null> => {
  if (!/^[a-z0-9]{20,40}$/i.test(id)) return null;
  const now = new Date();
  const today = chinaClock(now).date;
  const [p, holidays] = await Promise.all([getPlace(id), listHolidays([today, previousDate(today)])]);
  if (!p) return null;
  const en = locale === "en";
  const closedUntil = p.closedUntil ? p.closedUntil.toISOString().slice(0, 10) : null;
  const spans = p.hours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
  const holidayDates = new Set(holidays.map((h) => h.date.toISOString().slice(0, 10)));
  const holidayToday = holidays.find((h) => h.date.toISOString().slice(0, 10) === today);
  const assured = assurance(p.lastVerifiedAt, p.lastConfirmedAt);
  const name = (en && p.nameEn) || p.nameZh;
  return {
    id: p.id,
    kind: p.kind,
    name,
    address: (en && p.addressEn) || p.addressZh,
    district: p.district,
    subdistrict: p.subdistrict,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    organization: p.organization,
    description: (en && p.descriptionEn) || p.descriptionZh,
    facilities: p.facilities.map((f) => ({ code: f.facilityCode, name: en ? f.facility.nameEn : f.facility.nameZh, icon: f.facility.icon, detail: f.detail })),
    is24h: p.is24h,
    hours: spans.filter((s) => s.weekday !== HOLIDAY_WEEKDAY),
    holidayMode: p.holidayMode,
    holidayHours: spans.filter((s) => s.weekday === HOLIDAY_WEEKDAY),
    holidayToday: holidayToday ? (en ? holidayToday.nameEn : holidayToday.nameZh) : null,
    status: p.status,
    closedReason: p.closedReason,
    closedUntil,
    openNow: isOpenAt({ status: p.status, closedUntil, is24h: p.is24h, hours: spans, holidayMode: p.holidayMode }, now, holidayDates),
    lastVerifiedAt: p.lastVerifiedAt?.toISOString() ?? null,
    assured_date: assured.assuredAt ? chinaClock(assured.assuredAt).date : null,
    assuredBy: assured.assuredBy,
    isSample: p.isSample,
    navigation: navigationLinks({ lat: p.lat, lng: p.lng }, name),
    photos: p.photos.map(placePhotoImage),
  };
});

/** How many nearest places the map page renders on the server: as many as the client's list asks for. */
export const NEAR_LIST_LIMIT = 20;

/**
 * The nearest places to a point with the map's filters, through the same query as the public feed,
 * so the page's first list (and a page without JavaScript) is the one the client would fetch.
 */
export const loadNearPlaces = cache(async (at: LatLng, filters: Filters, locale: string, origin: string): Promise<NearPlace[]> => {
  const lang = locale === "en" ? "en" : "zh-CN";
  const rows = await findPlacesNear(
    { ...at, limit: NEAR_LIST_LIMIT, kinds: filters.kinds, facilities: filters.facilities, openNow: filters.openNow, is24h: filters.is24h ?? false, q: filters.q || null, lang },
    new Date(),
  );
  return rows.map((r) => toNearPlace(r, lang, origin));
});

export const AREA_PAGE_SIZE = 100;

export type AreaPlace = { id: string; name: string; address: string; kind: PlaceKind; district: "JINCHUAN" | "YONGCHANG"; subdistrict: string; is24h: boolean };

/** The text-only directory: one page of places in district, subdistrict, name order. */
export const loadAreaDirectory = cache(async (kind: PlaceKind | null, page: number, locale: string): Promise<{ places: AreaPlace[]; total: number; pages: number }> => {
  const en = locale === "en";
  const [total, rows] = await Promise.all([countPlacesByArea(kind), listPlacesByArea(kind, (page - 1) * AREA_PAGE_SIZE, AREA_PAGE_SIZE)]);
  const places = rows.map((p) => ({
    id: p.id,
    name: (en && p.nameEn) || p.nameZh,
    address: (en && p.addressEn) || p.addressZh,
    kind: p.kind,
    district: p.district,
    subdistrict: p.subdistrict,
    is24h: p.is24h,
  }));
  return { places, total, pages: Math.max(1, Math.ceil(total / AREA_PAGE_SIZE)) };
});
