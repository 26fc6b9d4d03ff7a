import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getSessionUser, requirePermission, type SessionUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/server-navigation";
import type { HoursSpan } from "@/lib/places/schema";
import { countApplicationsByStatus, getApplicationForReview, getOwnApplication, getOwnVenue, listApplicationsForReview, listMerchantApplications, listMerchantVenues } from "./data";
import type { ApplicationStatus } from "./schema";
import { diffVenue, spansOf, venueFromApplication, type VenueDiff } from "./venue";
import { isEditableByMerchant, OPEN_STATUSES } from "./workflow";

/** The signed-in merchant; anyone else is sent to merchant sign-up. */
export async function requireMerchant(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user?.role === "MERCHANT") return user;
  return redirect({ href: "/merchant/sign-up", locale: await getLocale() });
}

/** Application photos are served only through the authorizing route; the key travels opaque. */
export function merchantPhotoUrl(key: string): string {
  return `/api/merchant-photos/${Buffer.from(key).toString("base64url")}`;
}

/** An edit of a live venue, rather than the application that created it. */
function isEdit(a: { createdAt: Date; place: { createdAt: Date } | null }): boolean {
  return a.place !== null && a.place.createdAt < a.createdAt;
}

export const loadMerchantHome = cache(async () => {
  const user = await requireMerchant();
  const [applications, venues] = await Promise.all([listMerchantApplications(user.id), listMerchantVenues(user.id)]);
  const pending = new Set(applications.filter((a) => a.placeId && OPEN_STATUSES.includes(a.status)).map((a) => a.placeId));
  return {
    applications: applications.map((a) => ({ ...a, editable: isEditableByMerchant(a.status), isEdit: isEdit(a) })),
    venues: venues.map((v) => ({ ...v, editPending: pending.has(v.id) })),
  };
});

/** One of the signed-in merchant's applications; another merchant's id is a 404, like a missing one. */
export const loadOwnApplication = cache(async (id: string) => {
  const user = await requireMerchant();
  const app = await getOwnApplication(user.id, id);
  if (!app) notFound();
  return app;
});

/** One of the signed-in merchant's venues; another merchant's (or no one's) place is a 404. */
export const loadOwnVenue = cache(async (placeId: string) => {
  const user = await requireMerchant();
  const place = await getOwnVenue(user.id, placeId);
  if (!place) notFound();
  return place;
});

export type ApplicationDraft = {
  business_name: string;
  credit_code: string;
  business_type: string;
  address: string;
  phone: string;
  description: string;
  /** WGS-84; the picker shows it in the tiles' datum. */
  point: { lat: number; lng: number } | null;
  is_24h: boolean;
  hours: HoursSpan[];
  facilities: string[];
  photos: { key: string; url: string }[];
};

export type FormTarget =
  | { kind: "new" }
  | { kind: "venue"; placeId: string; name: string }
  | { kind: "resubmit"; applicationId: string; version: number; reviewNote: string | null };

const EMPTY: ApplicationDraft = {
  business_name: "", credit_code: "", business_type: "", address: "", phone: "", description: "",
  point: null, is_24h: false, hours: [], facilities: [], photos: [],
};

/**
 * What the application form starts from: blank, a venue's live data (an edit), or an application
 * sent back for changes. `null` when the application is no longer the merchant's to edit.
 */
export async function loadApplicationForm(q: { applicationId?: string; placeId?: string }): Promise<{ draft: ApplicationDraft; target: FormTarget } | null> {
  await requireMerchant();
  if (q.applicationId) {
    const app = await loadOwnApplication(q.applicationId);
    if (!isEditableByMerchant(app.status)) return null;
    return {
      target: { kind: "resubmit", applicationId: app.id, version: app.version, reviewNote: app.reviewNote },
      draft: {
        business_name: app.businessName, credit_code: app.creditCode, business_type: app.businessType, address: app.addressZh,
        phone: app.phone ?? "", description: app.descriptionZh ?? "", point: { lat: app.lat, lng: app.lng }, is_24h: app.is24h,
        hours: spansOf(app.hours), facilities: app.facilityCodes, photos: app.photoKeys.map((key) => ({ key, url: merchantPhotoUrl(key) })),
      },
    };
  }
  if (q.placeId) {
    const place = await loadOwnVenue(q.placeId);
    const approved = place.applications[0];
    return {
      target: { kind: "venue", placeId: place.id, name: place.nameZh },
      draft: {
        business_name: place.nameZh, credit_code: approved?.creditCode ?? "", business_type: approved?.businessType ?? "", address: place.addressZh,
        phone: place.phone ?? "", description: place.descriptionZh ?? "", point: { lat: place.lat, lng: place.lng }, is_24h: place.is24h,
        hours: place.hours, facilities: place.facilities.map((f) => f.facilityCode),
        photos: (approved?.photoKeys ?? []).map((key) => ({ key, url: merchantPhotoUrl(key) })),
      },
    };
  }
  return { target: { kind: "new" }, draft: EMPTY };
}

// ── Staff review ─────────────────────────────────────────────────────────────────────────────

export const loadReviewQueue = cache(async (status: ApplicationStatus) => {
  await requirePermission("merchants:review");
  const [rows, counts] = await Promise.all([listApplicationsForReview(status), countApplicationsByStatus()]);
  return { rows: rows.map((r) => ({ ...r, isEdit: isEdit(r) })), counts };
});

export const loadApplicationReview = cache(async (id: string) => {
  await requirePermission("merchants:review");
  const app = await getApplicationForReview(id);
  if (!app) notFound();
  const live = app.place;
  // For an edit that is still open: what approving it would change on the live venue.
  let changes: VenueDiff | null = null;
  if (live && app.status !== "APPROVED" && app.district) {
    const before = {
      ...live,
      organization: live.organization ?? "",
      hours: live.hours,
      facilities: live.facilities.map((f) => f.facilityCode),
    };
    changes = diffVenue(before, venueFromApplication(app, live));
  }
  return {
    ...app,
    hours: spansOf(app.hours),
    photos: app.photoKeys.map((key) => ({ key, url: merchantPhotoUrl(key) })),
    changes,
    isEdit: isEdit(app),
  };
});
