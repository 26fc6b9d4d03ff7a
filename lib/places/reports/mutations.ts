import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FieldDiff } from "../admin/diff";
import { newPlaceId, writeChange } from "../admin/mutations";
import type { ReportType } from "./schema";

// Riders' reports and check-ins are anonymous, so they have no actor; staff resolve them.

/**
 * Records a report, or counts it on the open one for the same place and problem (the partial
 * unique index PlaceReport_open_problem_key): staff see one item with how many riders sent it.
 * The first description and photo are kept; the returned photoKey says whether this one's was.
 */
export async function recordPlaceReport(data: { placeId: string; type: ReportType; facilityCode: string | null; description: string | null; photoKey: string | null }) {
  const rows = await db.$queryRaw<{ id: string; count: number; photoKey: string | null }[]>`
    INSERT INTO "PlaceReport" (id, "placeId", type, "facilityCode", description, "photoKey")
    VALUES (${newPlaceId()}, ${data.placeId}, ${data.type}::"PlaceReportType", ${data.facilityCode}, ${data.description}, ${data.photoKey})
    ON CONFLICT ("placeId", type, COALESCE("facilityCode", '')) WHERE status = 'OPEN' AND type <> 'OTHER'
    DO UPDATE SET count = "PlaceReport".count + 1, "lastReportedAt" = now(),
      description = COALESCE("PlaceReport".description, EXCLUDED.description),
      "photoKey" = COALESCE("PlaceReport"."photoKey", EXCLUDED."photoKey")
    RETURNING id, count, "photoKey"`;
  return rows[0]!;
}

/** A rider's "设施正常". Raw, so that Place.updatedAt (an edit of the record) stays as it was. */
export async function markPlaceConfirmed(placeId: string, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE "Place" SET "lastConfirmedAt" = ${at} WHERE id = ${placeId} AND ("lastConfirmedAt" IS NULL OR "lastConfirmedAt" < ${at})`;
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
