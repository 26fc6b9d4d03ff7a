import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { blobStore } from "@/lib/storage";
import { verifyPhotoToken } from "./photo-token";
import { canReadCase, caseAssignment } from "../access";
import { secretMatches } from "../secret";
import { findCaseForPhoto } from "./data";

/**
 * A case photo for whoever may see it: the worker (bearer secret or a signed link from the tracking
 * page), or staff who may open the case page (canReadCase: a liaison of the lead or an assisting department).
 * Anyone else gets null, which the route turns into the same 404 as a missing photo.
 */
export async function readCasePhoto(args: { reference: string; photoId: string; secret?: string; token?: string }) {
  const c = await findCaseForPhoto(args.reference, args.photoId);
  if (!c || c.photos.length === 0) return null;
  const worker = (args.secret && secretMatches(args.secret, c.secretHash)) || (args.token && verifyPhotoToken(args.token, c.reference, args.photoId));
  if (!worker) {
    const user = await getSessionUser();
    if (!user || !canReadCase(user, caseAssignment(c))) return null;
  }
  return blobStore().get(c.photos[0]!.storageKey);
}
