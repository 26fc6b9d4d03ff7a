import { z } from "zod";

// Inputs of the staff workflow commands. Messages are keys of "caseErrors", translated on display.
const id = z.string().min(1).max(40);
const note = (max: number) => z.string().trim().max(max, { error: "too_long" }).refine((s) => !s.includes("\0"), { error: "nul_byte" });
const required = (max: number) => note(max).pipe(z.string().min(1, { error: "required" }));
const version = z.coerce.number().int().min(0);
const date = z.coerce.date({ error: "invalid" });

export const acceptSchema = z.strictObject({ caseId: id, version, category: z.string().min(1).max(40), priority: z.enum(["NORMAL", "COMPLEX", "URGENT"]), note: note(2000).optional() });
export const declineSchema = z.strictObject({ caseId: id, version, reason: required(2000), suggestion: required(500) });
export const mergeSchema = z.strictObject({ caseId: id, version, targetReference: z.string().trim().toUpperCase().min(1, { error: "required" }).max(30) });
export const dispatchSchema = z.strictObject({
  caseId: id,
  version,
  leadDepartmentId: id,
  assistingDepartmentIds: z.array(id).max(13).default([]),
  note: note(2000).optional(),
});
export const returnSchema = z.strictObject({ caseId: id, version, reason: required(2000) });
export const simpleSchema = z.strictObject({ caseId: id, version, note: note(2000).optional() });
export const consultationSchema = z.strictObject({
  caseId: id,
  heldAt: date,
  departmentIds: z.array(id).min(2, { error: "consultation_departments" }).max(14),
  participants: required(1000),
  minutes: required(10000),
  decisions: required(5000),
  actionItems: z.array(z.strictObject({ ownerDepartmentId: id, description: required(1000), dueAt: date })).max(20).default([]),
});
export const extensionRequestSchema = z.strictObject({ caseId: id, reason: required(2000), proposedDueAt: date });
export const extensionDecisionSchema = z.strictObject({ extensionId: id, approve: z.boolean(), note: note(1000).optional() });
export const resolveSchema = z.strictObject({ caseId: id, version, outcome: z.enum(["RESOLVED", "EXPLAINED", "REFERRED"]), reply: required(4000) });
export const assessSchema = z.strictObject({ caseId: id, version, score: z.coerce.number().int().min(1).max(5), note: note(2000).optional() });
export const noteSchema = z.strictObject({ caseId: id, text: required(4000), public: z.boolean() });
export const revealPhoneSchema = z.strictObject({ caseId: id, reason: required(500) });
export const superviseSchema = z.strictObject({
  caseId: id,
  reason: required(2000),
  orderedBy: note(100).optional(),
  replyWorkingDays: z.coerce.number().int().min(1, { error: "invalid" }).max(30, { error: "invalid" }),
});
export const answerSupervisionSchema = z.strictObject({ orderId: id, answer: required(4000) });
const yesNo = z.enum(["yes", "no"]).optional().transform((v) => (v === undefined ? null : v === "yes"));
export const followUpSchema = z
  .strictObject({
    caseId: id,
    version,
    reached: z.enum(["yes", "no"]).transform((v) => v === "yes"),
    solved: yesNo,
    rating: z.enum(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"]).optional(),
    note: required(2000),
  })
  // Nobody answered an unreached call: it records neither answer.
  .refine((v) => v.reached || (v.solved === null && v.rating === undefined), { error: "follow_up_unreached_answers", path: ["reached"] });
export const chaseSchema = z.strictObject({ caseId: id, note: required(1000) });
