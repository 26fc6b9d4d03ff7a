import { z } from "zod";
import { CASE_STATUSES } from "@/lib/cases/workflow/workflow";

// Inputs of the ADMIN settings editors. Messages are keys of "settings.errors", translated on display.
export const PRIORITIES = ["NORMAL", "COMPLEX", "URGENT"] as const;
export const SLA_STAGES = ["ACCEPT", "RESOLVE"] as const;
export const SLA_UNITS = ["WORKING_DAYS", "HOURS"] as const;
export const DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
/** The rule for every category at a priority and stage; a category's own rule overrides it. */
export const ANY_CATEGORY = "*";

const text = (max: number) =>
  z
    .string({ error: "required" })
    .refine((s) => !s.includes("\0"), { error: "invalid" })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: "required" }).max(max, { error: "too_long" }));

const isoDate = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid_date" })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: "invalid_date" });

export const slaRuleSchema = z.strictObject({
  categoryCode: z.string().trim().regex(/^(\*|[a-z0-9_]{1,40})$/, { error: "invalid" }),
  priority: z.enum(PRIORITIES, { error: "invalid" }),
  stage: z.enum(SLA_STAGES, { error: "invalid" }),
  amount: z.coerce.number({ error: "invalid_amount" }).int({ error: "invalid_amount" }).min(1, { error: "invalid_amount" }).max(365, { error: "invalid_amount" }),
  unit: z.enum(SLA_UNITS, { error: "invalid" }),
});

export const idSchema = z.strictObject({ id: z.string().min(1).max(40) });

export const calendarDaySchema = z.strictObject({
  date: isoDate,
  kind: z.enum(DAY_KINDS, { error: "invalid" }),
  nameZh: text(40),
  nameEn: text(80),
});

export const calendarDateSchema = z.strictObject({ date: isoDate });

export const cannedReplySchema = z.strictObject({
  id: z.string().min(1).max(40).optional(),
  /** "" = offered in every state. */
  status: z.union([z.enum(CASE_STATUSES), z.literal("")], { error: "invalid" }).transform((s) => (s === "" ? null : s)),
  titleZh: text(40),
  titleEn: text(80),
  bodyZh: text(2000),
  bodyEn: text(4000),
  sortOrder: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }).max(999, { error: "invalid" }).default(0),
});

export type SlaRuleInput = z.infer<typeof slaRuleSchema>;
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;
export type CannedReplyInput = z.infer<typeof cannedReplySchema>;

/** A settings form's answer through useActionState: field errors and a message, translated. */
export type SettingsState = { ok?: boolean; message?: string; errors?: Record<string, string> };
