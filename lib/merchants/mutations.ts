import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyMerchant } from "@/lib/notify/mutations";
import { MERCHANT_PHOTO_PREFIX } from "@/lib/storage/keys";
import type { Identifier } from "@/lib/auth/schema";
import type { Datum } from "@/lib/places/schema";
import { MerchantError } from "./errors";
import type { HoursSpan } from "@/lib/places/schema";
import { diffVenue, venueFromApplication, type VenueFields } from "./venue";
import { OPEN_STATUSES, TRANSITIONS, type ReviewAction, type TransitionName } from "./workflow";
import { HOLIDAY_WEEKDAY } from "@/lib/places/directory/hours";

type Tx = Prisma.TransactionClient;

/** Everything a merchant writes on an application; lat/lng are already WGS-84. */
export type ApplicationContent = {
  businessName: string;
  creditCode: string;
  businessType: string;
  addressZh: string;
  lat: number;
  lng: number;
  sourceDatum: Datum;
  district: "JINCHUAN" | "YONGCHANG";
  phone: string | null;
  descriptionZh: string | null;
  is24h: boolean;
  hours: HoursSpan[];
  facilityCodes: string[];
  photoKeys: string[];
};

/**
 * A MERCHANT account, once its e-mail or phone is proven, with the privacy-notice version agreed to.
 * A registered e-mail or phone (taken in the meantime) is refused on that field.
 */
export async function createMerchantAccount(input: { name: string; identifier: Identifier; passwordHash: string; consentVersion: string }) {
  const contact = input.identifier.kind === "email" ? { email: input.identifier.value } : { phone: input.identifier.value };
  const consent = { consentVersion: input.consentVersion, consentAt: new Date() };
  try {
    return await db.user.create({ data: { name: input.name, passwordHash: input.passwordHash, role: "MERCHANT", ...contact, ...consent }, select: { id: true } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new MerchantError("validation", { identifier: input.identifier.kind === "email" ? "email_taken" : "phone_taken" });
    }
    throw e;
  }
}

/**
 * A new application: for a new venue, or (placeId) an edit of one the merchant owns. An edit
 * waits while another application for the same venue is still open, so approvals never race.
 */
export async function insertApplication(merchantId: string, content: ApplicationContent, placeId: string | null = null) {
  return db.$transaction(async (tx) => {
    if (placeId) {
      // Locks the venue row: two edits submitted at once are checked one after the other.
      const owned = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Place" WHERE id = ${placeId} AND "ownerId" = ${merchantId} FOR UPDATE`;
      if (owned.length === 0) throw new MerchantError("not_found");
      const open = await tx.merchantApplication.count({ where: { placeId, status: { in: [...OPEN_STATUSES] } } });
      if (open > 0) throw new MerchantError("conflict", { _: "edit_pending" });
    }
    return tx.merchantApplication.create({ data: { ...content, merchantId, placeId }, select: { id: true, status: true } });
  });
}

/** NEEDS_CHANGES → SUBMITTED with the merchant's corrected content, in one compare-and-set. */
export async function resubmitApplication(merchantId: string, id: string, version: number, content: ApplicationContent) {
  return db.$transaction((tx) => moveApplication(tx, { id, version, name: "resubmit", merchantId, data: content }));
}

/** A review step that does not touch the directory: start review, reject, request changes. */
export async function reviewApplication(args: { id: string; version: number; action: Exclude<ReviewAction, "approve">; actorId: string; note?: string }) {
  return db.$transaction((tx) => moveApplication(tx, { id: args.id, version: args.version, name: args.action, actorId: args.actorId, note: args.note }));
}

/**
 * UNDER_REVIEW → APPROVED, and the venue goes live in the same transaction: a new application
 * creates the FRIENDLY_MERCHANT place; an edit updates the live one. Either way a PlaceChange row
 * records the reviewer and every field that changed.
 */
export async function approveApplication(args: { id: string; version: number; actorId: string; photos?: MeasuredPhoto[]; now?: Date }) {
  const now = args.now ?? new Date();
  return db.$transaction(async (tx) => {
    const app = await moveApplication(tx, { id: args.id, version: args.version, name: "approve", actorId: args.actorId, now });
    const place = app.placeId ? await updateVenue(tx, app.placeId, app, now) : await createVenue(tx, app, now);
    const photos = await syncVenuePhotos(tx, place.id, app.photoKeys, args.photos ?? []);
    const fields = photos.from === photos.to ? place.diff : { ...place.diff, photos };
    const changes = { applicationId: app.id, fields } as Prisma.InputJsonObject;
    await tx.placeChange.create({ data: { placeId: place.id, actorId: args.actorId, action: "APPROVE_APPLICATION", changes } });
    if (!app.placeId) await tx.merchantApplication.update({ where: { id: app.id }, data: { placeId: place.id } });
    return { applicationId: app.id, placeId: place.id };
  });
}

type Application = Awaited<ReturnType<Tx["merchantApplication"]["findUniqueOrThrow"]>>;

/** A stored application photo with its pixel size (the application keeps only keys; see venue-photos.ts). */
export type MeasuredPhoto = { key: string; width: number; height: number };

/**
 * The venue's public photos follow the approved application: photos from earlier applications that
 * this one no longer keeps are taken off the place (the files stay, the applications still show
 * them), new ones are added after the rest. Photos staff uploaded ("places/…" keys) are untouched.
 * A key already shown for another of the merchant's venues stays there.
 */
async function syncVenuePhotos(tx: Tx, placeId: string, keys: string[], measured: MeasuredPhoto[]) {
  const from = await tx.placePhoto.count({ where: { placeId } });
  const wanted = measured.filter((p) => keys.includes(p.key));
  await tx.placePhoto.deleteMany({ where: { placeId, storageKey: { startsWith: `${MERCHANT_PHOTO_PREFIX}/`, notIn: wanted.map((p) => p.key) } } });
  const present = new Set((await tx.placePhoto.findMany({ where: { placeId }, select: { storageKey: true } })).map((r) => r.storageKey));
  const added = wanted.filter((p) => !present.has(p.key));
  await tx.placePhoto.createMany({
    data: added.map((p, i) => ({ placeId, storageKey: p.key, width: p.width, height: p.height, sortOrder: present.size + i })),
    skipDuplicates: true,
  });
  return { from, to: await tx.placePhoto.count({ where: { placeId } }) };
}

async function createVenue(tx: Tx, app: Application, now: Date) {
  const v = venueFromApplication(app);
  const place = await tx.place.create({
    data: {
      ...placeScalars(v),
      kind: "FRIENDLY_MERCHANT",
      status: "ACTIVE",
      ownerId: app.merchantId,
      lastVerifiedAt: now,
      facilities: { create: v.facilities.map((facilityCode) => ({ facilityCode })) },
      hours: { create: v.hours },
    },
    select: { id: true },
  });
  const diff = Object.fromEntries(Object.entries(v).map(([k, to]) => [k, { from: null, to }]));
  return { id: place.id, diff };
}

async function updateVenue(tx: Tx, placeId: string, app: Application, now: Date) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Place" WHERE id = ${placeId} AND "ownerId" = ${app.merchantId} FOR UPDATE`;
  if (rows.length === 0) throw new MerchantError("not_found");
  const live = await tx.place.findUniqueOrThrow({ where: { id: placeId }, include: { facilities: true, hours: true } });
  const before: VenueFields = {
    ...live,
    organization: live.organization ?? "",
    hours: live.hours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
    facilities: live.facilities.map((f) => f.facilityCode),
  };
  const after = venueFromApplication(app, live);
  const diff = diffVenue(before, after);
  await tx.place.update({ where: { id: placeId }, data: { ...placeScalars(after), lastVerifiedAt: now } });
  if (diff.facilities) {
    await tx.placeFacility.deleteMany({ where: { placeId } });
    await tx.placeFacility.createMany({ data: after.facilities.map((facilityCode) => ({ placeId, facilityCode })) });
  }
  if (diff.hours || diff.is24h) {
    // A merchant edits the week only; holiday spans (weekday 8) are staff's and stay.
    await tx.placeHours.deleteMany({ where: { placeId, weekday: { lt: HOLIDAY_WEEKDAY } } });
    await tx.placeHours.createMany({ data: after.hours.map((h) => ({ ...h, placeId })) });
  }
  return { id: placeId, diff };
}

/** The columns of Place among the venue fields (hours and facilities are rows of their own). */
function placeScalars(v: VenueFields) {
  return {
    nameZh: v.nameZh, organization: v.organization, addressZh: v.addressZh, lat: v.lat, lng: v.lng, sourceDatum: v.sourceDatum,
    district: v.district, subdistrict: v.subdistrict, phone: v.phone, descriptionZh: v.descriptionZh, is24h: v.is24h,
  };
}

/**
 * Moves an application along one transition of the table, as a compare-and-set on (id, status,
 * version): if anyone moved or edited it since the caller read it, nothing changes and the caller
 * hears "conflict". A merchant's move also matches on merchantId, so a foreign id is "not found".
 */
async function moveApplication(
  tx: Tx,
  args: { id: string; version: number; name: TransitionName; actorId?: string; merchantId?: string; note?: string; data?: ApplicationContent; now?: Date },
): Promise<Application> {
  const t = TRANSITIONS[args.name];
  if (t.noteRequired && !args.note) throw new MerchantError("validation", { note: "note_required" });
  const review =
    t.by === "STAFF" ? { reviewedById: args.actorId ?? null, reviewedAt: args.now ?? new Date(), ...(args.name === "start_review" ? {} : { reviewNote: args.note ?? null }) } : {};
  const owner = args.merchantId ? { merchantId: args.merchantId } : {};
  const { count } = await tx.merchantApplication.updateMany({
    where: { id: args.id, status: t.from, version: args.version, ...owner },
    data: { ...args.data, ...review, status: t.to, version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.merchantApplication.count({ where: { id: args.id, ...owner } });
    throw new MerchantError(exists ? "conflict" : "not_found", exists ? { _: "stale" } : {});
  }
  const app = await tx.merchantApplication.findUniqueOrThrow({ where: { id: args.id } });
  if (t.tellsMerchant) await notifyMerchant(tx, { userId: app.merchantId, kind: t.tellsMerchant, payload: { business: app.businessName, note: args.note ?? null } });
  return app;
}
