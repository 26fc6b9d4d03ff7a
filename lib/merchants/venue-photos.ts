import "server-only";
import sharp from "sharp";
import { blobStore } from "@/lib/storage";
import { getApplicationPhotoKeys } from "./data";
import { approveApplication, type MeasuredPhoto } from "./mutations";

/**
 * Approves an application and puts its photos on the venue's public page. The application keeps
 * only photo keys, and a place photo needs its size (for the page's layout and image optimizer), so
 * the stored files are measured first, outside the transaction; a file that has gone is skipped.
 */
export async function approveVenue(args: { id: string; version: number; actorId: string }) {
  const keys = await getApplicationPhotoKeys(args.id);
  return approveApplication({ ...args, photos: await measurePhotos(keys) });
}

async function measurePhotos(keys: string[]): Promise<MeasuredPhoto[]> {
  const measured = await Promise.all(
    keys.map(async (key) => {
      const blob = await blobStore().get(key);
      if (!blob) return null;
      const { width, height } = await sharp(blob.data).metadata();
      return width && height ? { key, width, height } : null;
    }),
  );
  return measured.filter((p): p is MeasuredPhoto => p !== null);
}
