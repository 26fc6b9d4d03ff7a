import { z } from "zod";
import { identifierSchema } from "@/lib/auth/schema";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { codeSchema } from "@/lib/otp/schema";
import { DATUMS, type HoursSpan } from "@/lib/places/schema";
import { creditCodeProblem, normalizeCreditCode } from "./credit-code";

/**
 * Zod schemas for merchant sign-up and venue applications; safe on the client. Every message is
 * a key of "merchants.errors", translated where it is shown.
 */

export const BUSINESS_TYPES = ["restaurant", "convenience", "supermarket", "pharmacy", "repair", "fuel", "hotel", "services", "other"] as const;

export const APPLICATION_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "APPROVED", "REJECTED", "NEEDS_CHANGES"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const MIN_PASSWORD = 10;
const MINUTES_PER_DAY = 24 * 60;
/** A venue's phone: a mainland mobile, or a landline with its area code (0935 is Jinchang's). */
const VENUE_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

const noNul = (s: string) => !s.includes("\0");
const text = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .refine(noNul, { error: "invalid" })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: "required" }).min(min, { error: "too_short" }).max(max, { error: "too_long" }));
const optionalText = (max: number) =>
  z
    .string()
    .refine(noNul, { error: "invalid" })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: "too_long" }))
    .optional()
    .transform((s) => s || undefined);

/** Step 1: who, how to reach them, the password, and consent to this version of the privacy notice. */
export const signUpSchema = z.strictObject({
  name: text(1, 40),
  identifier: identifierSchema,
  password: z.string({ error: "required" }).min(MIN_PASSWORD, { error: "password_too_short" }).max(200, { error: "too_long" }),
  consent: z.string({ error: "consent_required" }).refine((v) => v === PRIVACY_NOTICE_VERSION, { error: "consent_required" }),
});

/** Step 2: the same, plus the one-time code sent to the phone or e-mail. */
export const signUpCodeSchema = signUpSchema.extend({ code: codeSchema });

export const creditCodeSchema = z
  .string({ error: "required" })
  .transform(normalizeCreditCode)
  .superRefine((code, ctx) => {
    if (!code) return void ctx.addIssue({ code: "custom", message: "required" });
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: `credit_code_${problem}` });
  });

const coordinate = (min: number, max: number) =>
  z.number({ error: "location_required" }).finite({ error: "location_required" }).min(min, { error: "location_required" }).max(max, { error: "location_required" });

/** One opening span as the form sends it: minutes from midnight; closesAt > 1440 runs past midnight. */
const spanSchema = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  opensAt: z.number().int().min(0).max(MINUTES_PER_DAY - 1),
  closesAt: z.number().int().min(1).max(2 * MINUTES_PER_DAY),
});

export const applicationSchema = z
  .strictObject({
    business_name: text(2, 60),
    credit_code: creditCodeSchema,
    business_type: z.enum(BUSINESS_TYPES, { error: "required" }),
    address: text(4, 120),
    phone: z
      .string()
      .transform((s) => s.replace(/\s/g, ""))
      .refine((s) => s === "" || VENUE_PHONE.test(s), { error: "invalid_phone" })
      .optional()
      .transform((s) => s || undefined),
    description: optionalText(300),
    /** The pin exactly as picked on the map, in `datum`; the server converts it to WGS-84. */
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
    datum: z.enum(DATUMS, { error: "location_required" }),
    is_24h: z.boolean(),
    hours: z.array(spanSchema, { error: "hours_invalid" }).max(21, { error: "hours_invalid" }),
    facilities: z.array(z.string().max(40)).min(1, { error: "facilities_required" }).max(30),
    /** Photos already stored with an earlier version of this application or venue, to keep. */
    keep_photos: z.array(z.string().max(200)).max(20),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.facilities).size !== v.facilities.length) ctx.addIssue({ code: "custom", path: ["facilities"], message: "invalid" });
    if (v.is_24h) return;
    const problem = hoursProblem(v.hours);
    if (problem) ctx.addIssue({ code: "custom", path: ["hours"], message: problem });
  })
  .transform((v) => ({ ...v, hours: v.is_24h ? [] : sortSpans(v.hours) }));

/** Spans must exist, end after they start (at most a day later) and not overlap one another. */
export function hoursProblem(spans: readonly HoursSpan[]): "hours_required" | "hours_invalid" | "hours_overlap" | null {
  if (spans.length === 0) return "hours_required";
  if (spans.some((s) => s.closesAt <= s.opensAt || s.closesAt - s.opensAt > MINUTES_PER_DAY)) return "hours_invalid";
  // On a weekly clock (minutes from Monday 00:00), a span past Sunday midnight wraps to Monday.
  const WEEK = 7 * MINUTES_PER_DAY;
  const segments = spans.flatMap((s) => {
    const start = (s.weekday - 1) * MINUTES_PER_DAY + s.opensAt;
    const end = (s.weekday - 1) * MINUTES_PER_DAY + s.closesAt;
    return end > WEEK ? [[start, WEEK], [0, end - WEEK]] : [[start, end]];
  });
  segments.sort((a, b) => a[0]! - b[0]!);
  for (let i = 1; i < segments.length; i++) if (segments[i]![0]! < segments[i - 1]![1]!) return "hours_overlap";
  return null;
}

export function sortSpans(spans: readonly HoursSpan[]): HoursSpan[] {
  return [...spans].sort((a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt);
}

export const reviewSchema = z.strictObject({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(0),
  action: z.enum(["start_review", "approve", "reject", "request_changes"]),
  note: optionalText(1000),
});

/** Field name → message key, for the form. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_";
    const key = /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code === "too_big" ? "too_long" : "invalid";
    out[field] ??= key;
  }
  return out;
}
