import "server-only";
import { db } from "@/lib/db";

export function loadCalendarOverrides(tx: Pick<typeof db, "calendarDay"> = db) {
  return tx.calendarDay.findMany().then((rows) => new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind])));
}

export function findSlaRule(tx: Pick<typeof db, "slaRule">, categoryCode: string, priority: "NORMAL" | "COMPLEX" | "URGENT", stage: "ACCEPT" | "RESOLVE") {
  return tx.slaRule.findFirst({ where: { priority, stage, categoryCode: { in: [categoryCode, "*"] } }, orderBy: { categoryCode: "desc" } });
}
