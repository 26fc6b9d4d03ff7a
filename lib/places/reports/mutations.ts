import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FieldDiff } from "../admin/diff";
import { writeChange } from "../admin/mutations";
import type { ReportType } from "./schema";

// Riders' reports and check-ins are anonymous, so they have no actor; staff resolve them.

export async function createPlaceReport(data: { placeId: string; type: ReportType; facilityCode: string | null; description: string | null; photoKey: string | null }): Promise<string> {
  const row = await db.placeReport.create({ data, select: { id: true } });
  return row.id;
}

/**
 * Closes an open report (compare-and-set on OPEN, so two officers cannot both act on it) and notes
 * it in the place's history.
 */
export async function resolvePlaceReport(actorId: string, reportId: string, outcome: { status: "FIXED" | "DISMISSED" } | { status: "CONVERTED"; caseId: string; reference: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const caseId = outcome.status === "CONVERTED" ? outcome.caseId : null;
    const updated = await tx.placeReport.updateManyAndReturn({
      where: { id: reportId, status: "OPEN" },
      data: { status: outcome.status, caseId, resolvedById: actorId, resolvedAt: new Date() },
      select: { placeId: true, type: true },
    });
    const report = updated[0];
    if (!report) throw new AppError("conflict", 409);
    const changes: FieldDiff = { [`report.${report.type}`]: { from: "OPEN", to: outcome.status } };
    if (outcome.status === "CONVERTED") changes.case = { from: null, to: outcome.reference };
    await writeChange(tx, report.placeId, actorId, `REPORT_${outcome.status}`, changes);
  });
}

/** One more visit on a China calendar day; who visited is never recorded. */
export async function incrementCheckin(placeId: string, day: string): Promise<void> {
  await db.$executeRaw`INSERT INTO "PlaceCheckinDay" ("placeId", "day", "count") VALUES (${placeId}, ${day}::date, 1)
    ON CONFLICT ("placeId", "day") DO UPDATE SET "count" = "PlaceCheckinDay"."count" + 1`;
}
