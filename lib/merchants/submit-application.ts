import "server-only";
import { districtAt } from "@/lib/places/district";
import { knownFacilityCodes } from "@/lib/places/feeds/feeds";
import { toWgs84 } from "@/lib/places/directory/navigation";
import { blobStore, MERCHANT_PHOTO_PREFIX, newBlobKey } from "@/lib/storage";
import { MAX_PHOTOS, PhotoError, processPhoto } from "@/lib/uploads/photos";
import { merchantOwnsPhotoKeys } from "./data";
import { MerchantError } from "./errors";
import { insertApplication, resubmitApplication, type ApplicationContent } from "./mutations";
import { applicationSchema, fieldErrors, type FieldErrors } from "./schema";

/** What the application is for: a new venue, an edit of a live venue, or a corrected resubmission. */
export type ApplicationTarget = { kind: "new" } | { kind: "venue"; placeId: string } | { kind: "resubmit"; applicationId: string; version: number };

/**
 * The one domain function behind the application form (and tests): validates the body, converts
 * the pin to WGS-84, checks it lies in Jinchang, stores new photos, then writes the application in
 * one transaction. Photos stored for an attempt that then fails are deleted again.
 */
export async function submitApplication(args: { merchantId: string; body: Record<string, unknown>; photos: Uint8Array[]; target: ApplicationTarget }) {
  const parsed = applicationSchema.safeParse(args.body);
  if (!parsed.success) throw new MerchantError("validation", fieldErrors(parsed.error));
  const input = parsed.data;

  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.datum);
  const district = districtAt(point.lat, point.lng);
  const fields: FieldErrors = {};
  if (!district) fields.location = "outside_jinchang";
  const known = await knownFacilityCodes();
  if (input.facilities.some((f) => !known.has(f))) fields.facilities = "invalid";
  // Kept photos must be the merchant's own: a key copied from elsewhere would expose someone else's file.
  if (!(await merchantOwnsPhotoKeys(args.merchantId, input.keep_photos))) fields.photos = "invalid";
  if (input.keep_photos.length + args.photos.length > MAX_PHOTOS) fields.photos = "photo_too_many";
  if (!district || Object.keys(fields).length) throw new MerchantError("validation", fields);

  const stored = await storePhotos(args.photos);
  const content: ApplicationContent = {
    businessName: input.business_name,
    creditCode: input.credit_code,
    businessType: input.business_type,
    addressZh: input.address,
    lat: point.lat,
    lng: point.lng,
    sourceDatum: input.datum,
    district,
    phone: input.phone ?? null,
    descriptionZh: input.description ?? null,
    is24h: input.is_24h,
    hours: input.hours,
    facilityCodes: input.facilities,
    photoKeys: [...new Set(input.keep_photos), ...stored],
  };
  try {
    const t = args.target;
    if (t.kind === "resubmit") return await resubmitApplication(args.merchantId, t.applicationId, t.version, content);
    return await insertApplication(args.merchantId, content, t.kind === "venue" ? t.placeId : null);
  } catch (e) {
    await Promise.all(stored.map((key) => blobStore().delete(key).catch(() => {})));
    throw e;
  }
}

async function storePhotos(photos: Uint8Array[]): Promise<string[]> {
  const keys: string[] = [];
  try {
    const processed = await Promise.all(photos.map((p) => processPhoto(p)));
    for (const p of processed) {
      const key = newBlobKey(MERCHANT_PHOTO_PREFIX);
      await blobStore().put(key, p.data, p.contentType);
      keys.push(key);
    }
    return keys;
  } catch (e) {
    await Promise.all(keys.map((key) => blobStore().delete(key).catch(() => {})));
    if (e instanceof PhotoError) throw new MerchantError("validation", { photos: `photo_${e.code}` });
    throw e;
  }
}
