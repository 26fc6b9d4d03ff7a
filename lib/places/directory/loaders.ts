import "server-only";
import { cache } from "react";
import { getPlace, listFacilities } from "./data";
import { isOpenAt } from "./hours";
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
  const p = await getPlace(id);
  if (!p) return null;
  const en = locale === "en";
  const closedUntil = p.closedUntil ? p.closedUntil.toISOString().slice(0, 10) : null;
  const hours = p.hours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
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
    hours,
    status: p.status,
    closedReason: p.closedReason,
    closedUntil,
    openNow: isOpenAt({ status: p.status, closedUntil, is24h: p.is24h, hours }, new Date()),
    lastVerifiedAt: p.lastVerifiedAt?.toISOString() ?? null,
    isSample: p.isSample,
    navigation: navigationLinks({ lat: p.lat, lng: p.lng }, name),
    photos: p.photos.map(placePhotoImage),
  };
});
