import { z } from "zod";

import { PLACE_ID, PLACE_KINDS, type PlaceKind } from "./kinds";

export { PLACE_ID, PLACE_KINDS, type PlaceKind };

export const PLACE_STATUSES = ["ACTIVE", "TEMPORARILY_CLOSED", "INACTIVE"] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export const DATUMS = ["WGS84", "GCJ02", "BD09"] as const;
export type Datum = (typeof DATUMS)[number];

/** One opening span; minutes from midnight in Asia/Shanghai. closesAt > 1440 runs past midnight. */
export type HoursSpan = { weekday: number; opensAt: number; closesAt: number };

export type Closure = { status: PlaceStatus; closedUntil: string | null };

/** What a place does on 法定节假日: keeps its weekly hours, closes, or keeps its holiday spans (weekday 8). */
export const HOLIDAY_MODES = ["SAME", "CLOSED", "HOURS"] as const;
export type HolidayMode = (typeof HOLIDAY_MODES)[number];

/** The public view of a place: what the API and the map show. Coordinates are WGS-84. */
export type PublicPlace = {
  id: string;
  kind: PlaceKind;
  name: string;
  address: string;
  district: "JINCHUAN" | "YONGCHANG";
  subdistrict: string;
  lat: number;
  lng: number;
  facilities: string[];
  is_24h: boolean;
  open_now: boolean;
  status: PlaceStatus;
  phone: string | null;
  url: string;
  updated_at: string;
  /** HSDS assured_date: the China date of the later of the last staff verification and rider confirmation. */
  assured_date: string | null;
};

export type NearPlace = PublicPlace & { distance_m: number };

export type FacilityOption = { code: string; name: string; icon: string };

/** Everything the place page and the map's bottom sheet show, already localized. */
/** Attributes for a plain <img> of a place photo, resized by Next's image optimizer (lib/places/directory/photo-image.ts). */
export type PhotoImage = { src: string; srcSet?: string; sizes?: string; width: number; height: number };

export type PlaceDetail = {
  id: string;
  kind: PlaceKind;
  name: string;
  address: string;
  district: "JINCHUAN" | "YONGCHANG";
  subdistrict: string;
  lat: number;
  lng: number;
  phone: string | null;
  organization: string | null;
  description: string | null;
  facilities: (FacilityOption & { detail: string | null })[];
  is24h: boolean;
  /** The weekly spans (weekdays 1–7). */
  hours: HoursSpan[];
  holidayMode: HolidayMode;
  /** Spans kept on holidays when holidayMode is HOURS (weekday 8). */
  holidayHours: HoursSpan[];
  /** Today's holiday, by name, when today is one (its rule then decides openNow). */
  holidayToday: string | null;
  status: PlaceStatus;
  closedReason: string | null;
  closedUntil: string | null;
  openNow: boolean;
  lastVerifiedAt: string | null;
  /** HSDS assured_date (YYYY-MM-DD, China): the later of lastVerifiedAt and the last rider confirmation. */
  assured_date: string | null;
  assuredBy: "staff" | "rider" | null;
  isSample: boolean;
  navigation: { amap: string; baidu: string; apple: string; geo: string };
  photos: PhotoImage[];
};

// Shared by the staff editor, the import and riders' reports.

export const DISTRICTS = ["JINCHUAN", "YONGCHANG"] as const;
export type District = (typeof DISTRICTS)[number];

/** Gansu province with a margin: a directory point outside it is a typo or a swapped pair. */
export const GANSU_BOUNDS = { minLat: 32.3, maxLat: 43.0, minLng: 92.0, maxLng: 109.0 } as const;
export const inGansu = (lat: number, lng: number) =>
  lat >= GANSU_BOUNDS.minLat && lat <= GANSU_BOUNDS.maxLat && lng >= GANSU_BOUNDS.minLng && lng <= GANSU_BOUNDS.maxLng;

export const PHONE = /^[\d+\-() ]{3,30}$/;

// Text fields: messages are keys of "directory.errors". NUL is refused, as PostgreSQL cannot store it.
export const text = (max: number) =>
  z
    .string({ error: "required" })
    .refine((s) => !s.includes("\0"), { error: "invalid" })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: "too_long" }));
export const required = (max: number) => text(max).pipe(z.string().min(1, { error: "required" }));
export const optional = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .pipe(text(max))
    .transform((s) => s || null);
export const placeIdSchema = z.string().regex(PLACE_ID, { error: "not_found" });

