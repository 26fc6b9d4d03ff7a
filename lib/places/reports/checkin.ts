import "server-only";
import { createHmac } from "node:crypto";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { getPlace } from "../directory/data";
import { chinaClock } from "@/lib/time/china";
import { incrementCheckin } from "./mutations";

export type CheckinResult = "counted" | "already" | "rate_limited" | "not_found";

/** One check-in per device per place per hour. */
export const CHECKIN_WINDOW_SEC = 3600;
const perIp = () => Number(process.env.CHECKIN_RATE_LIMIT_PER_IP ?? 120) || 120;

/**
 * The device's random cookie id, keyed with the server secret and the place: the rate-limit
 * table then holds neither the cookie value nor which places one device visited.
 */
export function checkinKey(deviceId: string, placeId: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`checkin\0${deviceId}\0${placeId}`).digest("base64url");
}

/** "I used this station": counts a visit on today's China date without recording who made it. */
export async function checkIn(args: { placeId: string; deviceId: string; ip: string; at?: Date }): Promise<CheckinResult> {
  const place = await getPlace(args.placeId);
  if (!place) return "not_found";
  if (await hitRateLimit("place-checkin-device", checkinKey(args.deviceId, args.placeId), 1, CHECKIN_WINDOW_SEC)) return "already";
  // A device that drops its cookie each time is still held to a per-address budget.
  if (await hitRateLimit("place-checkin-ip", args.ip, perIp(), CHECKIN_WINDOW_SEC)) return "rate_limited";
  await incrementCheckin(args.placeId, chinaClock(args.at ?? new Date()).date);
  return "counted";
}
