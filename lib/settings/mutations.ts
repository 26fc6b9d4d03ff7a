import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ANY_CATEGORY, type CalendarDayInput, type CannedReplyInput, type SlaRuleInput } from "./schema";

// Every settings change is written with who made it and what it was before, in one transaction:
// a deadline rule decides when departments are chased, so officials must be able to see who set it.

type Tx = Prisma.TransactionClient;
type Area = "sla_rule" | "calendar_day" | "canned_reply";
type Snapshot = Prisma.InputJsonValue | undefined;

function record(tx: Tx, actorId: string, area: Area, action: "save" | "delete", subject: string, before: Snapshot, after: Snapshot) {
  return tx.settingChange.create({ data: { actorId, area, action, subject, before, after } });
}

const slaSnapshot = (r: { categoryCode: string; priority: string; stage: string; amount: number; unit: string } | null): Snapshot =>
  r ? { categoryCode: r.categoryCode, priority: r.priority, stage: r.stage, amount: r.amount, unit: r.unit } : undefined;
const slaSubject = (r: { categoryCode: string; priority: string; stage: string }) => `${r.categoryCode}/${r.priority}/${r.stage}`;

/**
 * Sets the deadline for a category (or "*") × priority × stage. New deadlines use it from the next
 * dispatch; deadlines already running keep theirs.
 */
export async function upsertSlaRule(actorId: string, input: SlaRuleInput) {
  if (input.categoryCode !== ANY_CATEGORY && !(await db.caseCategory.count({ where: { code: input.categoryCode } }))) throw new AppError("validation", 400);
  const key = { categoryCode: input.categoryCode, priority: input.priority, stage: input.stage };
  return db.$transaction(async (tx) => {
    const before = await tx.slaRule.findUnique({ where: { categoryCode_priority_stage: key } });
    const after = await tx.slaRule.upsert({
      where: { categoryCode_priority_stage: key },
      create: { ...key, amount: input.amount, unit: input.unit },
      update: { amount: input.amount, unit: input.unit },
    });
    await record(tx, actorId, "sla_rule", "save", slaSubject(key), slaSnapshot(before), slaSnapshot(after));
    return after;
  });
}

/** A category's own rule may go (the "*" rule then applies); the "*" rules are the floor and stay. */
export async function deleteSlaRule(actorId: string, id: string) {
  await db.$transaction(async (tx) => {
    const rule = await tx.slaRule.findFirst({ where: { id, categoryCode: { not: ANY_CATEGORY } } });
    if (!rule) throw new AppError("not_found", 404);
    await tx.slaRule.delete({ where: { id } });
    await record(tx, actorId, "sla_rule", "delete", slaSubject(rule), slaSnapshot(rule), undefined);
  });
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const daySnapshot = (d: { kind: string; nameZh: string; nameEn: string } | null): Snapshot => (d ? { kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn } : undefined);

/** A public holiday or a make-up working day (调休); setting a date again replaces it. */
export async function setCalendarDay(actorId: string, input: CalendarDayInput) {
  const data = { kind: input.kind, nameZh: input.nameZh, nameEn: input.nameEn };
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: dayOf(input.date) } });
    const after = await tx.calendarDay.upsert({ where: { date: dayOf(input.date) }, create: { date: dayOf(input.date), ...data }, update: data });
    await record(tx, actorId, "calendar_day", "save", input.date, daySnapshot(before), daySnapshot(after));
    return after;
  });
}

export async function removeCalendarDay(actorId: string, date: string) {
  await db.$transaction(async (tx) => {
    const day = await tx.calendarDay.findUnique({ where: { date: dayOf(date) } });
    if (!day) throw new AppError("not_found", 404);
    await tx.calendarDay.delete({ where: { date: dayOf(date) } });
    await record(tx, actorId, "calendar_day", "delete", date, daySnapshot(day), undefined);
  });
}

const replySnapshot = (r: { status: string | null; titleZh: string; titleEn: string; bodyZh: string; bodyEn: string } | null): Snapshot =>
  r ? { status: r.status, titleZh: r.titleZh, titleEn: r.titleEn, bodyZh: r.bodyZh, bodyEn: r.bodyEn } : undefined;

export async function saveCannedReply(actorId: string, input: CannedReplyInput) {
  const { id, ...data } = input;
  await db.$transaction(async (tx) => {
    const before = id ? await tx.cannedReply.findUnique({ where: { id } }) : null;
    if (id && !before) throw new AppError("not_found", 404);
    const after = id ? await tx.cannedReply.update({ where: { id }, data }) : await tx.cannedReply.create({ data });
    await record(tx, actorId, "canned_reply", "save", after.titleZh, replySnapshot(before), replySnapshot(after));
  });
}

export async function deleteCannedReply(actorId: string, id: string) {
  await db.$transaction(async (tx) => {
    const reply = await tx.cannedReply.findUnique({ where: { id } });
    if (!reply) throw new AppError("not_found", 404);
    await tx.cannedReply.delete({ where: { id } });
    await record(tx, actorId, "canned_reply", "delete", reply.titleZh, replySnapshot(reply), undefined);
  });
}
