import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { blobStore } from "@/lib/storage";
import { verifyPhotoToken } from "./photo-token";
import { canReadCase, caseAssignment } from "../access";
import { findCaseForPhoto } from "./data";
import { verifyTrackingCode } from "./verify-code";

/**
 * A case photo for whoever may see it: the worker (bearer code, under the tracking page's guessing
 * limits, or a signed link from the tracking page, which needs none), or staff who may open the case page (canReadCase: a liaison of the lead or an assisting department).
 * Anyone else gets null, which the route turns into the same 404 as a missing photo.
 */
export async function readCasePhoto(args: { reference: string; photoId: string; secret?: string; token?: string; ip: string }) {
  const find = (reference: string) => findCaseForPhoto(reference, args.photoId);
  // A wrong bearer code counts against the reference and the address like a wrong code on /track;
  // it then falls through to the staff check, as no code at all does.
  const byCode = args.secret ? await verifyTrackingCode(args.reference, args.secret, args.ip, find) : null;
  const c = byCode ?? (await find(args.reference.trim().toUpperCase()));
  if (!c || c.photos.length === 0) return null;
  const worker = byCode !== null || (args.token && verifyPhotoToken(args.token, c.reference, args.photoId));
  if (!worker) {
    const user = await getSessionUser();
    if (!user || !canReadCase(user, caseAssignment(c))) return null;
  }
  return blobStore().get(c.photos[0]!.storageKey);
}
