import "server-only";
import { cache } from "react";
import { getPlace, listFacilities, listHolidays } from "./data";
import { assurance } from "./freshness";
import { chinaClock, HOLIDAY_WEEKDAY, isOpenAt, previousDate } from "./hours";
import { navigationLinks } from "./navigation";
import { placePhotoImage } from "./photo-image";
import type { FacilityOption, PlaceDetail } from "../schema";

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
