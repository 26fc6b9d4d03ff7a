import { z } from "zod";
import { optional, placeIdSchema } from "../schema";

// Riders' reports and the staff queue for them; safe to import on the client.

export const REPORT_TYPES = ["CLOSED_WHEN_OPEN", "FACILITY_BROKEN", "REFUSED_ENTRY", "OTHER"] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

// Public: a rider's report. No personal data is asked for or kept.
export const placeReportSchema = z
  .object({
    placeId: placeIdSchema,
    type: z.enum(REPORT_TYPES, { error: "required" }),
    facilityCode: optional(40),
    description: optional(1000),
    /** Honeypot: invisible to people, filled in by bots. */
    website: z.string().max(0, { error: "invalid" }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "FACILITY_BROKEN" && !v.facilityCode) ctx.addIssue({ code: "custom", path: ["facilityCode"], message: "facility_required" });
  });

export type PlaceReportInput = z.infer<typeof placeReportSchema>;

export const reportCommandSchema = z.object({ reportId: placeIdSchema, command: z.enum(["fix", "dismiss", "convert"]) });

// Public: a one-tap answer on a place page. "ok" is 设施正常; otherwise a report type, or
// FACILITY_BROKEN:<facility code> for one of the place's facilities.
export const quickAnswerSchema = z.object({
  placeId: placeIdSchema,
  answer: z
    .string()
    .regex(/^(ok|CLOSED_WHEN_OPEN|REFUSED_ENTRY|FACILITY_BROKEN:[a-z0-9_]{1,40})$/, { error: "invalid" })
    .transform((v): QuickAnswer => {
      if (v === "ok") return { kind: "ok" };
      const [type, facilityCode] = v.split(":") as [Exclude<ReportType, "OTHER">, string | undefined];
      return { kind: "problem", type, facilityCode: facilityCode ?? null };
    }),
});

export type QuickAnswer = { kind: "ok" } | { kind: "problem"; type: Exclude<ReportType, "OTHER">; facilityCode: string | null };
