import { randomUUID } from "node:crypto";

const SEGMENT = /^[a-z0-9_-][a-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/**
 * A key is a relative path of lowercase segments. No segment may start with "." (so no "..",
 * no hidden files, no clash with the local driver's temp files), and ".meta.json" is the local
 * driver's sidecar. The same rule holds for every driver, so keys move between them.
 */
export function isValidBlobKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || key.endsWith(".meta.json")) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertValidBlobKey(key: string): void {
  if (!isValidBlobKey(key)) throw new Error(`Invalid blob key: ${JSON.stringify(key.slice(0, 80))}`);
}

/**
 * Photos merchants upload with an application. They belong to the application (its history shows
 * them) even after an approved venue shows them too, so removing one from a place keeps the file.
 */
export const MERCHANT_PHOTO_PREFIX = "merchants";

/**
 * A fresh key such as "cases/2026/11/<uuid>.jpg". The random UUID (122 bits) makes keys
 * unguessable, and no user input ever becomes part of a path.
 */
export function newBlobKey(prefix: string, extension = "jpg"): string {
  const now = new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const key = `${prefix}/${now.getUTCFullYear()}/${month}/${randomUUID()}.${extension}`;
  assertValidBlobKey(key);
  return key;
}
