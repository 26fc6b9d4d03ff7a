import { z } from "zod";
import { DATUMS, DISTRICTS, HOLIDAY_MODES, inGansu, optional, PHONE, placeIdSchema, PLACE_KINDS, PLACE_STATUSES, required, text, type HoursSpan } from "../schema";

// Zod schemas for staff edits of the directory; safe to import on the client.
// Messages are keys of the "directory.errors" messages, translated where they are shown.

export const PAGE_SIZE = 50;

const coordinate = (min: number, max: number) =>
  z
    .union([z.number(), z.string().trim().min(1).transform(Number)], { error: "bad_coordinates" })
    .refine((n) => Number.isFinite(n) && n >= min && n <= max, { error: "bad_coordinates" });

export const hoursSpanSchema = z
  // Weekday 8 holds the holiday spans (holidayMode HOURS).
  .object({ weekday: z.number().int().min(1).max(8), opensAt: z.number().int().min(0).max(1439), closesAt: z.number().int() })
  .refine((s) => s.closesAt > s.opensAt && s.closesAt <= s.opensAt + 1440, { error: "bad_hours" });

export const placeFormSchema = z
  .object({
    nameZh: required(100),
    nameEn: optional(200),
    kind: z.enum(PLACE_KINDS, { error: "required" }),
    addressZh: required(200),
    addressEn: optional(300),
    // Empty: take the district from the point.
    district: z.union([z.enum(DISTRICTS), z.literal("").transform(() => null)], { error: "bad_district" }),
    subdistrict: text(60),
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
    datum: z.enum(DATUMS, { error: "required" }),
    facilities: z.array(z.object({ code: z.string().min(1).max(40), detail: optional(60) })).max(40),
    is24h: z.boolean(),
    hours: z.array(hoursSpanSchema, { error: "bad_hours" }).max(60),
    holidayMode: z.enum(HOLIDAY_MODES, { error: "required" }),
    phone: optional(30).refine((p) => p === null || PHONE.test(p), { error: "bad_phone" }),
    organization: optional(100),
    descriptionZh: optional(1000),
    descriptionEn: optional(2000),
  })
  .superRefine((v, ctx) => {
    if (!inGansu(v.lat, v.lng)) ctx.addIssue({ code: "custom", path: ["lat"], message: "outside_gansu" });
    if (v.holidayMode === "HOURS" && !v.hours.some((s) => s.weekday === 8)) ctx.addIssue({ code: "custom", path: ["hours"], message: "holiday_hours_required" });
  })
  // Holiday spans are kept only while the rule uses them; weekly spans are dropped for a 24-hour place.
  .transform((v) => ({ ...v, hours: v.hours.filter((s) => (s.weekday === 8 ? v.holidayMode === "HOURS" : !v.is24h)) }));
export type PlaceFormInput = z.infer<typeof placeFormSchema>;

const minutes = (hhmm: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const value = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && value <= 1440 ? value : null;
};

/** A span from the editor's wall-clock times: closing at or before opening runs into the next day. */
export function spanFromTimes(weekday: number, opens: string, closes: string): HoursSpan | null {
  const o = minutes(opens);
  const c = minutes(closes);
  if (o === null || c === null || o >= 1440) return null;
  return { weekday, opensAt: o, closesAt: c <= o ? c + 1440 : c };
}

/** The place form's fields as the schema expects them (facilities and hours come as parallel lists). */
export function readPlaceForm(fd: FormData): Record<string, unknown> {
  const s = (k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");
  const codes = fd.getAll("facility").map(String);
  const days = fd.getAll("h_weekday").map(Number);
  const opens = fd.getAll("h_opens").map(String);
  const closes = fd.getAll("h_closes").map(String);
  const hours = days.flatMap((weekday, i) => {
    if (!opens[i] && !closes[i]) return [];
    return [spanFromTimes(weekday, opens[i] ?? "", closes[i] ?? "") ?? { weekday, opensAt: -1, closesAt: -1 }];
  });
  return {
    nameZh: s("nameZh"),
    nameEn: s("nameEn"),
    kind: s("kind"),
    addressZh: s("addressZh"),
    addressEn: s("addressEn"),
    district: s("district"),
    subdistrict: s("subdistrict"),
    lat: s("lat"),
    lng: s("lng"),
    datum: s("datum") || "WGS84",
    facilities: codes.map((code) => ({ code, detail: s(`detail_${code}`) })),
    is24h: fd.get("is24h") === "on" || fd.get("is24h") === "true",
    hours,
    holidayMode: s("holidayMode") || "SAME",
    phone: s("phone"),
    organization: s("organization"),
    descriptionZh: s("descriptionZh"),
    descriptionEn: s("descriptionEn"),
  };
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "bad_date" })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: "bad_date" });

export const closePlaceSchema = z.object({
  placeId: placeIdSchema,
  reason: required(200),
  until: z.union([z.literal("").transform(() => null), isoDate]),
});

export const statusCommandSchema = z.object({ placeId: placeIdSchema, command: z.enum(["reopen", "deactivate", "verify"]) });

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/** The staff list's filters from the query string; anything malformed is ignored rather than refused. */
export const listFilterSchema = z.object({
  kind: optionalEnum(PLACE_KINDS),
  district: optionalEnum(DISTRICTS),
  status: optionalEnum(PLACE_STATUSES),
  facility: z.string().regex(/^[a-z0-9_]{1,40}$/).optional().catch(undefined),
  stale: z.literal("1").optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((q) => q || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

export function parseListFilter(params: Record<string, string | string[] | undefined>): ListFilter {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return listFilterSchema.parse(first);
}

