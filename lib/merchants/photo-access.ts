import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { blobStore, isValidBlobKey } from "@/lib/storage";
import { photoKeyOwners } from "./data";

/** The blob key inside a photo URL (base64url, so that its slashes survive routing), or null. */
export function keyFromPhotoToken(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,700}$/.test(token)) return null;
  const key = Buffer.from(token, "base64url").toString("utf8");
  return key.startsWith("merchants/") && isValidBlobKey(key) ? key : null;
}

/**
 * An application photo for whoever may see it: a reviewer ("merchants:review") or the merchant
 * whose application holds it. The key must belong to an application, so this route can never
 * serve another domain's files (a grievance photo, say). Anyone else gets null → the same 404.
 */
export async function readApplicationPhoto(token: string) {
  const key = keyFromPhotoToken(token);
  if (!key) return null;
  const user = await getSessionUser();
  if (!user) return null;
  const owners = await photoKeyOwners(key);
  if (owners.length === 0) return null;
  if (!can(user.role, "merchants:review") && !(user.role === "MERCHANT" && owners.includes(user.id))) return null;
  return blobStore().get(key);
}
