import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ANY_CATEGORY, type CalendarDayInput, type CannedReplyInput, type SlaRuleInput } from "./schema";

/**
 * Sets the deadline for a category (or "*") × priority × stage. New deadlines use it from the next
 * dispatch; deadlines already running keep theirs.
 */
export async function upsertSlaRule(input: SlaRuleInput) {
  if (input.categoryCode !== ANY_CATEGORY && !(await db.caseCategory.count({ where: { code: input.categoryCode } }))) throw new AppError("validation", 400);
  const key = { categoryCode: input.categoryCode, priority: input.priority, stage: input.stage };
  return db.slaRule.upsert({
    where: { categoryCode_priority_stage: key },
    create: { ...key, amount: input.amount, unit: input.unit },
    update: { amount: input.amount, unit: input.unit },
  });
}

/** A category's own rule may go (the "*" rule then applies); the "*" rules are the floor and stay. */
export async function deleteSlaRule(id: string) {
  const { count } = await db.slaRule.deleteMany({ where: { id, categoryCode: { not: ANY_CATEGORY } } });
  if (count !== 1) throw new AppError("not_found", 404);
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** A public holiday or a make-up working day (调休); setting a date again replaces it. */
export function setCalendarDay(input: CalendarDayInput) {
  const data = { kind: input.kind, nameZh: input.nameZh, nameEn: input.nameEn };
  return db.calendarDay.upsert({ where: { date: dayOf(input.date) }, create: { date: dayOf(input.date), ...data }, update: data });
}

export async function removeCalendarDay(date: string) {
  const { count } = await db.calendarDay.deleteMany({ where: { date: dayOf(date) } });
  if (count !== 1) throw new AppError("not_found", 404);
}

export function saveCannedReply(input: CannedReplyInput) {
  const { id, ...data } = input;
  if (!id) return db.cannedReply.create({ data });
  return db.cannedReply.updateMany({ where: { id }, data }).then(({ count }) => {
    if (count !== 1) throw new AppError("not_found", 404);
  });
}

export async function deleteCannedReply(id: string) {
  const { count } = await db.cannedReply.deleteMany({ where: { id } });
  if (count !== 1) throw new AppError("not_found", 404);
}
