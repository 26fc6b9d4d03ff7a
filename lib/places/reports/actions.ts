"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { pinReadsToPrimary } from "@/lib/replica/data";
import { redirect } from "@/lib/i18n/server-navigation";
import { placeIdSchema } from "../schema";
import { checkIn } from "./checkin";
import { answerPlace } from "./confirm";
import { resolvePlaceReport } from "./mutations";
import { convertReportToCase, submitPlaceReport } from "./place-reports";
import { placeReportSchema, quickAnswerSchema, reportCommandSchema } from "./schema";

// Riders' reports and check-ins: anyone may send them, without signing in. Each re-validates its
// input, is rate-limited, keeps no personal data, and answers only with a status code in the redirect.
// Both are plain form posts that redirect back to the place page, so they work without script.

const DEVICE_COOKIE = "nx_device";
const DEVICE_ID = /^[A-Za-z0-9_-]{22,64}$/;

async function back(placeId: string, query: string, anchor: string): Promise<never> {
  return redirect({ href: `/places/${placeId}?${query}#${anchor}`, locale: await getLocale() });
}

// public: a rider reports a problem with a place (rate-limited, no personal data).
export async function reportPlaceAction(fd: FormData): Promise<void> {
  const photoEntry = fd.get("photo");
  const photo = photoEntry && typeof photoEntry !== "string" && photoEntry.size > 0 ? photoEntry : null;
  const parsed = placeReportSchema.safeParse({
    placeId: fd.get("placeId") ?? "",
    type: fd.get("type") ?? "",
    facilityCode: fd.get("facilityCode") ?? "",
    description: fd.get("description") ?? "",
    website: fd.get("website") ?? "",
  });
  const placeId = placeIdSchema.safeParse(fd.get("placeId") ?? "");
  if (!placeId.success) return redirect({ href: "/", locale: await getLocale() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const code = /^[a-z_]+$/.test(issue.message) ? issue.message : "invalid";
    return back(placeId.data, `report=${code}`, "report");
  }
  const outcome = await submitPlaceReport(parsed.data, photo ? new Uint8Array(await photo.arrayBuffer()) : null, clientAddress(await headers()));
  // The place page they return to reads the primary for a few seconds, not a lagging replica.
  await pinReadsToPrimary();
  return back(placeId.data, `report=${outcome.ok ? "sent" : outcome.code}`, "report");
}

/** This browser's random device id, set as an httpOnly cookie on first use. */
async function deviceId(): Promise<{ id: string; h: Headers }> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  let id = jar.get(DEVICE_COOKIE)?.value ?? "";
  if (!DEVICE_ID.test(id)) {
    // A random id that only this browser holds; it is hashed into rate-limit keys, never stored.
    id = randomBytes(24).toString("base64url");
    jar.set(DEVICE_COOKIE, id, {
      httpOnly: true,
      sameSite: "lax",
      secure: h.get("x-forwarded-proto") === "https" || process.env.AUTH_URL?.startsWith("https:") === true,
      path: "/",
      maxAge: 400 * 24 * 3600,
    });
  }
  return { id, h };
}

// public: a rider checks in at a place (rate-limited per browser, nothing stored about them).
export async function checkinAction(fd: FormData): Promise<void> {
  const placeId = placeIdSchema.safeParse(fd.get("placeId") ?? "");
  if (!placeId.success) return redirect({ href: "/", locale: await getLocale() });
  const device = await deviceId();
  const result = await checkIn({ placeId: placeId.data, deviceId: device.id, ip: clientAddress(device.h) });
  await pinReadsToPrimary();
  return back(placeId.data, `checkin=${result}`, "checkin");
}

// public: a rider's one tap, 设施正常 or what is wrong (one per device per place per day, rate-limited, no personal data).
export async function confirmPlaceAction(fd: FormData): Promise<void> {
  const placeId = placeIdSchema.safeParse(fd.get("placeId") ?? "");
  if (!placeId.success) return redirect({ href: "/", locale: await getLocale() });
  const parsed = quickAnswerSchema.safeParse({ placeId: placeId.data, answer: fd.get("answer") ?? "" });
  if (!parsed.success) return back(placeId.data, "confirm=not_found", "confirm");
  const device = await deviceId();
  const result = await answerPlace({ placeId: placeId.data, answer: parsed.data.answer, deviceId: device.id, ip: clientAddress(device.h) });
  // The rider's own answer must show on the page they return to, not a replica's older copy.
  await pinReadsToPrimary();
  return back(placeId.data, `confirm=${result}`, "confirm");
}

// ── Staff: the queue of reports ─────────────────────────────────────────────────────

/** Only pages of the staff directory may be returned to. */
const safeReturn = (v: FormDataEntryValue | null) => {
  const s = typeof v === "string" ? v : "";
  return /^\/admin\/places(\/[a-z0-9]{20,40}|\/reports)?$/i.test(s) ? s : "/admin/places/reports";
};

/**
 * Staff only (places:manage): mark a rider's report fixed, dismiss it, or turn it into a
 * grievance case. A plain form post that redirects back with the outcome, so it needs no script.
 */
export async function reportCommandAction(fd: FormData): Promise<void> {
  const user = await requirePermission("places:manage");
  const back = safeReturn(fd.get("returnTo"));
  const locale = await getLocale();
  const parsed = reportCommandSchema.safeParse({ reportId: fd.get("reportId") ?? "", command: fd.get("command") ?? "" });
  if (!parsed.success) return redirect({ href: `${back}?error=invalid`, locale });
  const { reportId, command } = parsed.data;
  let query: string;
  try {
    if (command === "convert") query = `done=converted&reference=${encodeURIComponent(await convertReportToCase(user, reportId))}`;
    else {
      await resolvePlaceReport(user.id, reportId, { status: command === "fix" ? "FIXED" : "DISMISSED" });
      query = `done=${command === "fix" ? "fixed" : "dismissed"}`;
    }
  } catch (e) {
    if (!isAppError(e)) console.error("Report command failed", e);
    query = `error=${isAppError(e) ? e.code : "generic"}`;
  }
  revalidatePath("/[locale]/admin/places", "layout");
  return redirect({ href: `${back}?${query}`, locale });
}
