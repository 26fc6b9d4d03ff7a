import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";

export const JINCHANG = { lat: 38.5137, lng: 102.1879 };

/** A valid submission body; override what a test is about. */
export function caseBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: "entry_access",
    worker_group: "food_delivery",
    description: "送餐到小区门口被保安拦住，不让电动车进入，只能步行送餐，经常超时被罚款。",
    lat: JINCHANG.lat,
    lng: JINCHANG.lng,
    attributes: { compound_name: "金岸小区" },
    anonymous: false,
    contact_name: "张师傅",
    contact_phone: "13812345678",
    consent: PRIVACY_NOTICE_VERSION,
    ...over,
  };
}

export const newKey = () => `test-${randomUUID()}`;

/** A JPEG that carries GPS coordinates and a camera model in its EXIF, like a phone photo. */
export function gpsTaggedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Rider Phone 7" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "38/1 30/1 49/1", GPSLongitudeRef: "E", GPSLongitude: "102/1 11/1 16/1" },
    })
    .jpeg()
    .toBuffer();
}
