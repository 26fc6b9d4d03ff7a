import { z } from "zod";
import { inGansu } from "@/lib/places/schema";

/** Bump when the privacy notice text changes: consent is recorded against this version. */
export const PRIVACY_NOTICE_VERSION = "2026-12-v2";
export const MAX_DESCRIPTION = 4000;

export const KNOWN_EMPLOYERS = ["美团", "饿了么", "顺丰", "京东", "中通", "圆通", "申通", "韵达", "极兔", "邮政EMS", "货拉拉", "满帮", "滴滴", "高德打车", "曹操出行", "抖音", "快手"] as const;

export const CHANNELS = ["WEB", "HALL_WINDOW", "HOTLINE_12328", "MINI_PROGRAM", "OTHER"] as const;
export type Channel = (typeof CHANNELS)[number];

export const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const;
export type Rating = (typeof RATINGS)[number];

/** Validation messages are keys of the "caseErrors" messages, translated where they are shown. */
const noNul = (s: string) => !s.includes("\0");
const text = (max: number) =>
  z.string({ error: "required" }).refine(noNul, { error: "nul_byte" }).transform((s) => s.trim()).pipe(z.string().max(max, { error: "too_long" }));

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export const caseSubmissionSchema = z
  .strictObject({
    category: z.string({ error: "required" }).min(1, { error: "required" }).max(40),
    worker_group: z.string({ error: "required" }).min(1, { error: "required" }).max(40),
    description: text(MAX_DESCRIPTION).pipe(z.string().min(5, { error: "too_short" })),
    // Optional here; whether the category needs a place is checked against the database (submitGrievance).
    lat: z.number({ error: "invalid_coordinates" }).finite({ error: "invalid_coordinates" }).min(-90, { error: "invalid_coordinates" }).max(90, { error: "invalid_coordinates" }).optional(),
    lng: z.number({ error: "invalid_coordinates" }).finite({ error: "invalid_coordinates" }).min(-180, { error: "invalid_coordinates" }).max(180, { error: "invalid_coordinates" }).optional(),
    place_id: z.string().max(40).optional(),
    employer: text(60).optional(),
    attributes: z.record(z.string().max(40), z.union([text(500), z.number().finite(), z.array(text(100)).max(20)])).optional(),
    anonymous: z.boolean({ error: "required" }),
    contact_name: text(40).optional(),
    contact_phone: z.string().trim().regex(MAINLAND_MOBILE, { error: "invalid_phone" }).optional(),
    consent: z.string({ error: "consent_required" }).refine((v) => v === PRIVACY_NOTICE_VERSION, { error: "consent_required" }),
    /** Honeypot: invisible to people, filled in by bots. */
    website: z.string().max(0, { error: "invalid" }).optional(),
  })
  .superRefine((v, ctx) => {
    // A point is both coordinates or neither; half a point is a broken client.
    if ((v.lat === undefined) !== (v.lng === undefined)) ctx.addIssue({ code: "custom", path: ["lat"], message: "invalid_coordinates" });
    // Gansu with a margin: a point outside it cannot be about a Jinchang case.
    else if (v.lat !== undefined && v.lng !== undefined && !inGansu(v.lat, v.lng)) ctx.addIssue({ code: "custom", path: ["lat"], message: "outside_gansu" });
    // A directory place is a location: it cannot stand beside "no location".
    if (v.place_id && v.lat === undefined) ctx.addIssue({ code: "custom", path: ["place_id"], message: "invalid" });
  });

/** Whether a category's cases need a place (CaseCategory.location). */
export const CATEGORY_LOCATION = ["REQUIRED", "OPTIONAL", "NONE"] as const;
export type CategoryLocationRule = (typeof CATEGORY_LOCATION)[number];

export type CaseSubmission = z.infer<typeof caseSubmissionSchema>;

export const ratingSchema = z.strictObject({
  rating: z.enum(RATINGS, { error: "invalid" }),
  comment: text(500).optional(),
});

export const trackingSchema = z.strictObject({
  reference: z.string().trim().toUpperCase().max(30),
  secret: z.string().trim().max(100),
});

export type CategoryAttribute = {
  code: string;
  datatype: "string" | "number" | "text" | "singlevaluelist" | "multivaluelist" | "datetime";
  required: boolean;
  descriptionZh: string;
  descriptionEn: string;
  values?: { key: string; nameZh: string; nameEn: string }[];
};

/** Field name → message key, for the form and the API's `fields`. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out[key] ??= "unknown_field";
      continue;
    }
    const field = issue.path.length ? String(issue.path[0]) : "_";
    const key = /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code === "too_big" ? "too_long" : "invalid";
    out[issue.path.length > 1 && field === "attributes" ? `attributes.${String(issue.path[1])}` : field] ??= key;
  }
  return out;
}

/** Checks answers to a category's extra questions; returns the cleaned answers or field errors. */
export function checkAttributes(defs: CategoryAttribute[], answers: Record<string, unknown> = {}): { ok: true; value: Record<string, unknown> } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(answers)) if (!defs.some((d) => d.code === key)) fields[`attributes.${key}`] = "unknown_field";
  for (const def of defs) {
    const raw = answers[def.code];
    const empty = raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (def.required) fields[`attributes.${def.code}`] = "required";
      continue;
    }
    const allowed = new Set(def.values?.map((v) => v.key));
    const ok =
      def.datatype === "number" ? Number.isFinite(Number(raw)) && Number(raw) >= 0
      : def.datatype === "singlevaluelist" ? typeof raw === "string" && allowed.has(raw)
      : def.datatype === "multivaluelist" ? Array.isArray(raw) && raw.every((r) => allowed.has(r))
      : def.datatype === "datetime" ? typeof raw === "string" && !Number.isNaN(Date.parse(raw))
      : typeof raw === "string";
    if (!ok) fields[`attributes.${def.code}`] = "invalid";
    else value[def.code] = def.datatype === "number" ? Number(raw) : raw;
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, value };
}
