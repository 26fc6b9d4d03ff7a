import { crc32 } from "node:zlib";
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assertPhotoCount, MAX_PHOTO_BYTES, MAX_PHOTOS, PhotoError, processPhoto, type PhotoErrorCode } from "@/lib/uploads/photos";

// Fixtures are made here with sharp, so no binary files live in the repository.
const solid = (width: number, height: number, background = "#3a7") =>
  sharp({ create: { width, height, channels: 3, background } });

/** Noise compresses badly, so a truncated copy really misses image data. */
function noisy(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function refusal(input: Uint8Array): Promise<PhotoErrorCode> {
  const error = await processPhoto(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return (error as PhotoError).code;
}

/** The marker bytes of a JPEG's segments up to the image data (APP1 = EXIF/XMP, APP2 = ICC, COM …). */
function jpegMarkers(jpeg: Buffer): number[] {
  const markers: number[] = [];
  let at = 2;
  while (at < jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  return markers;
}

/** Inserts a segment right after SOI, as cameras and editors do. */
function withSegment(jpeg: Buffer, marker: number, payload: string): Buffer {
  const body = Buffer.from(payload, "latin1");
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>xmp-secret-owner</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

describe("processPhoto: privacy", () => {
  it("removes EXIF with GPS, XMP, ICC and comments", async () => {
    const tagged = await solid(400, 300)
      .withExif({
        IFD0: { Copyright: "exif-secret-owner", Make: "PhoneMaker", Model: "Rider Phone 7" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "38/1 30/1 36/1", GPSLongitudeRef: "E", GPSLongitude: "102/1 11/1 24/1" },
      })
      .withXmp(XMP)
      .withIccProfile("p3")
      .jpeg()
      .toBuffer();
    const input = withSegment(tagged, 0xfe, "comment-secret-owner");
    // The fixture really carries what must be removed.
    const gps = await exifr.gps(input);
    expect(gps?.latitude).toBeCloseTo(38.51, 2);
    expect(jpegMarkers(input)).toEqual(expect.arrayContaining([0xe1, 0xe2, 0xfe]));

    const photo = await processPhoto(input);

    expect(await exifr.parse(photo.data, { tiff: true, exif: true, gps: true, xmp: true, icc: true, iptc: true, jfif: false })).toBeUndefined();
    const meta = await sharp(photo.data).metadata();
    expect(meta.format).toBe("jpeg");
    expect([meta.exif, meta.xmp, meta.icc, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Nothing but JFIF (APP0), tables, frame and scan: no APP1..APP15 and no COM segment.
    expect(jpegMarkers(photo.data).filter((m) => (m >= 0xe1 && m <= 0xef) || m === 0xfe)).toEqual([]);
    for (const secret of ["exif-secret-owner", "xmp-secret-owner", "comment-secret-owner", "Rider Phone 7"]) {
      expect(photo.data.includes(secret)).toBe(false);
    }
  });

  it("applies EXIF orientation so the picture stays upright", async () => {
    // Red left half, blue right half, stored sideways with Orientation 6 (rotate 90° clockwise to view).
    const red = await solid(150, 100, "#f00").png().toBuffer();
    const blue = await solid(150, 100, "#00f").png().toBuffer();
    const sideways = await solid(300, 100)
      .composite([{ input: red, left: 0, top: 0 }, { input: blue, left: 150, top: 0 }])
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();

    const photo = await processPhoto(sideways);

    expect([photo.width, photo.height]).toEqual([100, 300]);
    const { data, info } = await sharp(photo.data).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(50, 20)).toEqual([expect.toSatisfy((r: number) => r > 200), expect.toSatisfy((g: number) => g < 60), expect.toSatisfy((b: number) => b < 60)]);
    expect(pixel(50, 280)).toEqual([expect.toSatisfy((r: number) => r < 60), expect.toSatisfy((g: number) => g < 60), expect.toSatisfy((b: number) => b > 200)]);
  });
});

describe("processPhoto: formats and size", () => {
  it("shrinks the longest side to 2048 px and keeps the aspect ratio", async () => {
    const photo = await processPhoto(await solid(3000, 1000).jpeg().toBuffer());
    expect(photo).toMatchObject({ width: 2048, height: 683, contentType: "image/jpeg", bytes: photo.data.byteLength });
    expect(await sharp(photo.data).metadata()).toMatchObject({ width: 2048, height: 683 });
  });

  it("never enlarges a small photo", async () => {
    const photo = await processPhoto(await solid(640, 480).jpeg().toBuffer());
    expect([photo.width, photo.height]).toEqual([640, 480]);
  });

  it("accepts PNG (transparency becomes white) and WebP, and outputs JPEG", async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const fromPng = await processPhoto(png);
    expect((await sharp(fromPng.data).metadata()).format).toBe("jpeg");
    const { data } = await sharp(fromPng.data).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(245);

    const fromWebp = await processPhoto(await solid(30, 40).webp().toBuffer());
    expect(fromWebp).toMatchObject({ width: 30, height: 40, contentType: "image/jpeg" });
    expect([...fromWebp.data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("refuses other types whatever the file would be called", async () => {
    const gif = await solid(10, 10).gif().toBuffer();
    const inputs = [
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
      "just some text pretending to be photo.jpg\n",
    ].map((text) => Buffer.from(text));
    for (const input of [gif, ...inputs]) expect(await refusal(input)).toBe("unsupported_type");
  });

  it("refuses an empty file", async () => {
    expect(await refusal(new Uint8Array(0))).toBe("empty");
  });

  it("accepts exactly 10 MB and refuses one byte more, before decoding", async () => {
    // A valid PNG padded with a private ancillary chunk (which decoders skip) to the exact limit.
    const png = await noisy(64, 64).png().toBuffer();
    const iend = png.length - 12;
    const padding = MAX_PHOTO_BYTES - png.length - 12;
    const exact = Buffer.concat([png.subarray(0, iend), pngChunk("prVt", Buffer.alloc(padding)), png.subarray(iend)]);
    expect(exact.length).toBe(MAX_PHOTO_BYTES);
    expect(await processPhoto(exact)).toMatchObject({ width: 64, height: 64 });

    const over = Buffer.concat([exact, Buffer.alloc(1)]);
    expect(await refusal(over)).toBe("too_large");
  });

  it("refuses a decompression bomb from its header", async () => {
    // A small PNG whose header claims 30000 × 30000 pixels (900 MP).
    const png = await solid(8, 8).png().toBuffer();
    const ihdr = Buffer.from(png.subarray(12, 29));
    ihdr.writeUInt32BE(30_000, 4);
    ihdr.writeUInt32BE(30_000, 8);
    const bomb = Buffer.concat([png.subarray(0, 8), pngChunk("IHDR", ihdr.subarray(4)), png.subarray(33)]);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    expect(await refusal(bomb)).toBe("too_large");
  });

  it("refuses a truncated JPEG as corrupt", async () => {
    const jpeg = await noisy(400, 300).jpeg().toBuffer();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe("corrupt");
    expect(await refusal(jpeg.subarray(0, 200))).toBe("corrupt");
  });
});

describe("assertPhotoCount", () => {
  it("allows up to MAX_PHOTOS and refuses more", () => {
    expect(MAX_PHOTOS).toBe(6);
    expect(() => assertPhotoCount(0)).not.toThrow();
    expect(() => assertPhotoCount(6)).not.toThrow();
    expect(() => assertPhotoCount(7)).toThrow(expect.objectContaining({ code: "too_many" }));
  });
});
