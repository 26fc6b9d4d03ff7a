import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { PhotoError } from "./photo-error";

export { PhotoError, isPhotoError, type PhotoErrorCode } from "./photo-error";

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 6;
/** Longest side of a stored photo: enough to read a receipt or a licence plate, small enough for phones. */
export const MAX_PHOTO_SIDE = 2048;
/**
 * Pixel budget checked against the header before decoding (a tiny PNG can claim 100k × 100k).
 * Above 50 MP on purpose: a "50 MP" phone photo is 8192 × 6144 = 50.3 MP and may fit in 10 MB.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

export type ProcessedPhoto = {
  data: Buffer;
  width: number;
  height: number;
  contentType: "image/jpeg";
  bytes: number;
};

// file-type's MIME → the format sharp must see in the same bytes. APNG is a PNG (sharp keeps frame 1).
const ACCEPTED = new Map([
  ["image/jpeg", "jpeg"],
  ["image/png", "png"],
  ["image/apng", "png"],
  ["image/webp", "webp"],
]);

export function assertPhotoCount(n: number): void {
  if (n > MAX_PHOTOS) throw new PhotoError("too_many", `${n} photos; at most ${MAX_PHOTOS}`);
}

/**
 * Turns an uploaded file into a JPEG that is safe to store and show: the type is read from the
 * bytes (never the file name or the browser's claim), and the picture is decoded and re-encoded,
 * so no EXIF (GPS, phone model, owner), XMP, ICC or comment from the original survives.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto> {
  // Size first: nothing is parsed or decoded before the cheap checks pass.
  if (input.byteLength === 0) throw new PhotoError("empty");
  if (input.byteLength > MAX_PHOTO_BYTES) throw new PhotoError("too_large", `${input.byteLength} bytes; at most ${MAX_PHOTO_BYTES}`);

  const detected = await fileTypeFromBuffer(input);
  const format = detected && ACCEPTED.get(detected.mime);
  if (!format) throw new PhotoError("unsupported_type", `detected ${detected?.mime ?? "unknown"}`);

  let metadata: Metadata;
  try {
    // Header only, no decoding: the pixel budget is checked below with its own error code.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (cause) {
    throw new PhotoError("corrupt", "unreadable header", { cause });
  }
  // The decoder sharp picks must agree with the sniffed type, so a polyglot cannot reach another decoder.
  if (metadata.format !== format) throw new PhotoError("unsupported_type", `detected ${detected.mime}, decoded as ${metadata.format}`);
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) {
    throw new PhotoError("too_large", `${metadata.width}×${metadata.height} pixels; at most ${MAX_INPUT_PIXELS}`);
  }

  try {
    // No withMetadata/keepExif/keepIccProfile: sharp then writes no EXIF, XMP, IPTC or ICC.
    // failOn "error": refuse truncated or broken data, but not the harmless libjpeg warnings
    // that some phone cameras trigger. The pixel limit is checked again by the decoder itself.
    const { data, info } = await sharp(input, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS })
      .rotate() // apply the EXIF orientation before it is dropped, so the picture stays upright
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" }) // JPEG has no alpha: transparent areas become white, not black
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, contentType: "image/jpeg", bytes: data.byteLength };
  } catch (cause) {
    throw new PhotoError("corrupt", "could not decode", { cause });
  }
}
