import "server-only";
import { createHmac } from "node:crypto";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { getPlace } from "../directory/data";
import { chinaClock } from "../directory/hours";
import { markPlaceConfirmed, recordPlaceReport } from "./mutations";
import type { QuickAnswer } from "./schema";

export type ConfirmResult = "confirmed" | "reported" | "already" | "rate_limited" | "not_found";

const DAY_SEC = 24 * 3600;
const perIp = () => Number(process.env.PLACE_CONFIRM_RATE_LIMIT_PER_IP ?? 60) || 60;

/**
 * Keyed with the server secret, the place and the China date: one answer per device per place per
 * day, and the rate-limit table holds neither the cookie nor which places a device answered for.
 */
export function confirmKey(deviceId: string, placeId: string, date: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`confirm\0${deviceId}\0${placeId}\0${date}`).digest("base64url");
}

/**
 * A rider's one-tap answer on a place page: "设施正常" moves the place's last confirmation (its
 * freshness); a problem becomes a report, counted on the open one for the same problem.
 */
export async function answerPlace(args: { placeId: string; answer: QuickAnswer; deviceId: string; ip: string; at?: Date }): Promise<ConfirmResult> {
  const at = args.at ?? new Date();
  const place = await getPlace(args.placeId);
  if (!place) return "not_found";
  const { answer } = args;
  if (answer.kind === "problem" && answer.facilityCode && !place.facilities.some((f) => f.facilityCode === answer.facilityCode)) return "not_found";
  if (await hitRateLimit("place-confirm-device", confirmKey(args.deviceId, place.id, chinaClock(at).date), 1, DAY_SEC)) return "already";
  // A device that drops its cookie each time is still held to a per-address budget.
  if (await hitRateLimit("place-confirm-ip", args.ip, perIp(), 3600)) return "rate_limited";
  if (answer.kind === "ok") {
    await markPlaceConfirmed(place.id, at);
    return "confirmed";
  }
  await recordPlaceReport({ placeId: place.id, type: answer.type, facilityCode: answer.facilityCode, description: null, photoKey: null });
  return "reported";
}
