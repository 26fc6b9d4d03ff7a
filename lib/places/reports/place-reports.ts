import "server-only";
import { createTranslator } from "next-intl";
import { submitGrievance } from "@/lib/cases/intake/submit-grievance";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { loadMessages } from "@/lib/i18n/messages";
import { blobStore, newBlobKey } from "@/lib/storage";
import { isPhotoError, processPhoto } from "@/lib/uploads/photos";
import { getPlace, listFacilities } from "../directory/data";
import { findCaseIdByReference, getReport } from "./data";
import { type PlaceReportInput } from "./schema";
import { recordPlaceReport, resolvePlaceReport } from "./mutations";

export type ReportOutcome = { ok: true } | { ok: false; code: "rate_limited" | "not_found" | "facility_required" | `photo_${string}` };

const perIp = () => Number(process.env.PLACE_REPORT_RATE_LIMIT_PER_IP ?? 20) || 20;

/** A rider's report that a place is not as listed; anonymous, with an optional photo. */
export async function submitPlaceReport(input: PlaceReportInput, photo: Uint8Array | null, ip: string): Promise<ReportOutcome> {
  if (await hitRateLimit("place-report-ip", ip, perIp(), 3600)) return { ok: false, code: "rate_limited" };
  const place = await getPlace(input.placeId);
  if (!place) return { ok: false, code: "not_found" };
  // Only what the place offers can be broken; other types carry no facility.
  const facilityCode = input.type === "FACILITY_BROKEN" ? input.facilityCode : null;
  if (facilityCode && !place.facilities.some((f) => f.facilityCode === facilityCode)) return { ok: false, code: "facility_required" };

  let photoKey: string | null = null;
  if (photo && photo.byteLength > 0) {
    try {
      const processed = await processPhoto(photo);
      photoKey = newBlobKey("place-reports");
      await blobStore().put(photoKey, processed.data, processed.contentType);
    } catch (e) {
      if (isPhotoError(e)) return { ok: false, code: `photo_${e.code}` };
      throw e;
    }
  }
  try {
    const row = await recordPlaceReport({ placeId: place.id, type: input.type, facilityCode, description: input.description, photoKey });
    // Merged into an open report that already has a photo: this one is not kept.
    if (photoKey && row.photoKey !== photoKey) await blobStore().delete(photoKey).catch(() => {});
  } catch (e) {
    if (photoKey) await blobStore().delete(photoKey).catch(() => {});
    throw e;
  }
  return { ok: true };
}

/**
 * Turns a report into an anonymous grievance case (channel OTHER, entered by staff), idempotent on
 * the report id, then marks the report CONVERTED with the case attached.
 */
export async function convertReportToCase(user: SessionUser, reportId: string): Promise<string> {
  const report = await getReport(reportId);
  if (!report) throw new AppError("not_found", 404);
  if (report.status !== "OPEN") throw new AppError("conflict", 409);
  // Cases are handled in Chinese, whatever language the officer reads the dashboard in.
  const t = createTranslator({ locale: "zh-CN", messages: await loadMessages("zh-CN"), namespace: "directory" });
  const facilityName = report.facilityCode ? (await listFacilities()).find((f) => f.code === report.facilityCode)?.nameZh : null;
  const facility = report.facilityCode ? `（${facilityName ?? report.facilityCode}）` : "";
  const description = [
    t("convert.description", { place: report.place.nameZh, address: report.place.addressZh, type: t(`reportTypes.${report.type}`) }) + facility,
    report.description ?? "",
  ]
    .filter(Boolean)
    .join("\n");
  const photo = report.photoKey ? await blobStore().get(report.photoKey) : null;
  const result = await submitGrievance({
    body: {
      category: "station_facilities",
      worker_group: "other",
      description,
      lat: report.place.lat,
      lng: report.place.lng,
      place_id: report.place.id,
      anonymous: true,
      consent: PRIVACY_NOTICE_VERSION,
    },
    photos: photo ? [new Uint8Array(photo.data)] : [],
    idempotencyKey: `place-report-${report.id}`,
    channel: "OTHER",
    actor: { kind: "STAFF", role: user.role, userId: user.id, departmentId: user.departmentId },
    ip: "staff",
    locale: "zh-CN",
  });
  const caseId = await findCaseIdByReference(result.reference);
  if (!caseId) throw new AppError("not_found", 404);
  await resolvePlaceReport(user.id, report.id, { status: "CONVERTED", caseId, reference: result.reference });
  return result.reference;
}
