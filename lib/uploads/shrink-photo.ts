/**
 * Shrinking a photo in the browser before it is sent: a 4 MB phone JPEG took over two minutes on a
 * 256 kbit/s connection, while 2,000 px at quality 0.85 (about 400–700 kB) is still enough to read a
 * receipt. The server re-encodes and strips metadata anyway (lib/uploads/photos.ts), so this is
 * only about the bytes on the wire. Safe to import on the client; no server code here.
 */
export const CLIENT_MAX_SIDE = 2000;
export const CLIENT_JPEG_QUALITY = 0.85;
/** Below this a photo already travels quickly, and re-encoding would only cost quality. */
const SMALL_ENOUGH_BYTES = 300 * 1024;

export type ResizePlan = { resize: boolean; width: number; height: number };

/** The target size for an original of `width` × `height`: the longest side at most `maxSide`, never enlarged. */
export function planResize(width: number, height: number, maxSide = CLIENT_MAX_SIDE): ResizePlan {
  if (!(width > 0 && height > 0)) return { resize: false, width, height };
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { resize: false, width, height };
  const scale = maxSide / longest;
  return { resize: true, width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A smaller JPEG of the photo, upright (createImageBitmap applies the EXIF orientation), or the
 * original where the browser cannot decode or encode it, or where the result would not be smaller.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (typeof createImageBitmap !== "function" || typeof document === "undefined") return file;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const plan = planResize(bitmap.width, bitmap.height);
    if (!plan.resize && file.size <= SMALL_ENOUGH_BYTES) return file;
    const canvas = document.createElement("canvas");
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return file;
    // JPEG has no transparency: a PNG screenshot's clear areas become white, as on the server.
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, plan.width, plan.height);
    ctx.drawImage(bitmap, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", CLIENT_JPEG_QUALITY));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: file.lastModified });
  } catch {
    return file; // an image this browser cannot decode: the server decides
  } finally {
    bitmap?.close();
  }
}
