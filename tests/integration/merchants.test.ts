import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { can, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { toGcj02 } from "@/lib/places/directory/navigation";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb, uniqueEmail } from "../support/db";

// Loaders read the session; here it is whoever the test says is signed in.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requirePermission: async (p: Parameters<typeof can>[1]) => {
    if (!session.user || !can(session.user.role, p)) throw new Error("FORBIDDEN");
    return session.user;
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
vi.mock("@/lib/i18n/server-navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`REDIRECT ${href}`);
  },
}));

const { loadApplicationForm, loadApplicationReview, loadOwnApplication, loadOwnVenue, merchantPhotoUrl } = await import("@/lib/merchants/loaders");
const { approveApplication, createMerchantAccount, resubmitApplication, reviewApplication } = await import("@/lib/merchants/mutations");
const { submitApplication } = await import("@/lib/merchants/submit-application");
const { approveVenue } = await import("@/lib/merchants/venue-photos");
const { blobStore } = await import("@/lib/storage");
const { sendNotification } = await import("@/lib/jobs/tasks/send-notification");
const { loggedSms } = await import("@/lib/notify/sms");
const { loggedEmails } = await import("@/lib/notify/email");
const { readApplicationPhoto } = await import("@/lib/merchants/photo-access");
const { nearFeed } = await import("@/lib/places/feeds/feeds");

const db = testDb();
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const POINT = { lat: 38.5201, lng: 102.1903 }; // in 金川区

async function account(role: Role, name: string): Promise<SessionUser> {
  const u = await db.user.create({ data: { email: uniqueEmail(role.toLowerCase()), name, role, passwordHash: "x" } });
  return { id: u.id, role, departmentId: null, name };
}

function body(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    business_name: "暖心面馆",
    credit_code: "91110000802100433B",
    business_type: "restaurant",
    address: "金川区北京路12号",
    phone: "0935-8221234",
    description: "骑手免费接热水",
    ...POINT,
    datum: "WGS84",
    is_24h: false,
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 540, closesAt: 1260 })),
    facilities: ["charging", "hot_water"],
    keep_photos: [],
    ...over,
  };
}

/** Content as the mutation takes it (already validated and converted). */
const content = (photoKeys: string[] = []) => ({
  businessName: "改名", creditCode: "91110000802100433B", businessType: "restaurant", addressZh: "金川区北京路12号", ...POINT, sourceDatum: "WGS84" as const,
  district: "JINCHUAN" as const, phone: null, descriptionZh: null, is24h: true, hours: [], facilityCodes: ["charging"], photoKeys,
});
const jpeg = () => sharp({ create: { width: 64, height: 48, channels: 3, background: "#c05020" } }).jpeg().toBuffer();
const nearest = async (p: { lat: number; lng: number }) => {
  const reply = await nearFeed({ query: new URLSearchParams({ lat: String(p.lat), lng: String(p.lng), limit: "1" }), origin: "http://test.local", ifNoneMatch: null });
  return (JSON.parse(reply.body!) as { places: { id: string; kind: string; facilities: string[]; name: string }[] }).places[0]!;
};
/** Submitted → under review → approved, as a reviewer would. */
async function approve(id: string, reviewer: SessionUser) {
  const reviewing = await reviewApplication({ id, version: (await db.merchantApplication.findUniqueOrThrow({ where: { id } })).version, action: "start_review", actorId: reviewer.id });
  return approveVenue({ id, version: reviewing.version, actorId: reviewer.id });
}

let merchantA: SessionUser, merchantB: SessionUser, officer: SessionUser, officer2: SessionUser;
let appA: { id: string };
let placeA: string;

beforeAll(async () => {
  await seedDatabase(db);
  [merchantA, merchantB, officer, officer2] = await Promise.all([account("MERCHANT", "商户甲"), account("MERCHANT", "商户乙"), account("OFFICER", "审核员"), account("OFFICER", "审核员二")]);
  // Picked on a GCJ-02 (Amap) base map: stored in WGS-84, with the datum recorded.
  appA = await submitApplication({ merchantId: merchantA.id, body: body({ ...toGcj02(POINT), datum: "GCJ02" }), photos: [await jpeg()], target: { kind: "new" } });
});
beforeEach(() => {
  session.user = null;
});
afterAll(() => db.$disconnect());

describe("merchant accounts", () => {
  it("refuses a registered phone on its field, and signs in with the phone number", async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    await createMerchantAccount({ name: "商户丙", identifier: { kind: "phone", value: phone }, passwordHash: await hashPassword("correct horse 1"), consentVersion: PRIVACY_NOTICE_VERSION });
    await expect(createMerchantAccount({ name: "又一个", identifier: { kind: "phone", value: phone }, passwordHash: "x", consentVersion: PRIVACY_NOTICE_VERSION })).rejects.toMatchObject({ code: "validation", fields: { identifier: "phone_taken" } });
    expect(await verifyCredentials(`+86 ${phone.slice(0, 3)} ${phone.slice(3)}`, "correct horse 1")).toMatchObject({ role: "MERCHANT" });
  });
});

describe("applying", () => {
  it("stores the pin in WGS-84 with its source datum, and refuses bad input field by field", async () => {
    const app = await db.merchantApplication.findUniqueOrThrow({ where: { id: appA.id } });
    expect(app).toMatchObject({ status: "SUBMITTED", sourceDatum: "GCJ02", district: "JINCHUAN", merchantId: merchantA.id, creditCode: "91110000802100433B" });
    expect(Math.abs(app.lat - POINT.lat)).toBeLessThan(2e-5);
    expect(Math.abs(app.lng - POINT.lng)).toBeLessThan(2e-5);
    expect(app.photoKeys).toHaveLength(1);
    const submit = (over: Record<string, unknown>) => submitApplication({ merchantId: merchantB.id, body: body(over), photos: [], target: { kind: "new" } });
    await expect(submit({ credit_code: "91110000802100433C" })).rejects.toMatchObject({ fields: { credit_code: "credit_code_check" } });
    await expect(submit({ lat: 39.9, lng: 116.4 })).rejects.toMatchObject({ fields: { location: "outside_jinchang" } });
    await expect(submit({ facilities: ["sauna"] })).rejects.toMatchObject({ fields: { facilities: "invalid" } });
    await expect(submit({ hours: [{ weekday: 1, opensAt: 600, closesAt: 900 }, { weekday: 1, opensAt: 800, closesAt: 1000 }] })).rejects.toMatchObject({ fields: { hours: "hours_overlap" } });
    // Another merchant's photo cannot be "kept" onto one's own application.
    await expect(submit({ keep_photos: app.photoKeys })).rejects.toMatchObject({ fields: { photos: "invalid" } });
  });
});

describe("approval", () => {
  it("creates a FRIENDLY_MERCHANT place, recorded in PlaceChange, found by the near API", async () => {
    const result = await approve(appA.id, officer);
    placeA = result.placeId;
    const place = await db.place.findUniqueOrThrow({ where: { id: placeA }, include: { facilities: true, hours: true, changes: true, photos: true } });
    // The application's photo is now the venue's public photo, with its measured size.
    const [photoKey] = (await db.merchantApplication.findUniqueOrThrow({ where: { id: appA.id } })).photoKeys;
    expect(place.photos).toMatchObject([{ storageKey: photoKey, width: 64, height: 48 }]);
    expect(place.changes[0]!.changes).toMatchObject({ fields: { photos: { from: 0, to: 1 } } });
    expect(place).toMatchObject({ kind: "FRIENDLY_MERCHANT", status: "ACTIVE", ownerId: merchantA.id, nameZh: "暖心面馆", organization: "暖心面馆", sourceDatum: "GCJ02", district: "JINCHUAN", subdistrict: "金川区", isSample: false });
    expect(place.lastVerifiedAt).not.toBeNull();
    expect(place.facilities.map((f) => f.facilityCode).sort()).toEqual(["charging", "hot_water"]);
    expect(place.hours).toHaveLength(5);
    expect(place.changes).toMatchObject([{ action: "APPROVE_APPLICATION", actorId: officer.id, changes: { applicationId: appA.id } }]);
    expect(await db.merchantApplication.findUniqueOrThrow({ where: { id: appA.id } })).toMatchObject({ status: "APPROVED", placeId: placeA, reviewedById: officer.id });
    const found = await nearest(place);
    expect(found).toMatchObject({ id: placeA, kind: "FRIENDLY_MERCHANT", name: "暖心面馆" });
    expect(found.facilities).toEqual(["charging", "hot_water"]);
  });

  it("lets only one of two concurrent approvals through (compare-and-set on status and version)", async () => {
    const app = await submitApplication({ merchantId: merchantB.id, body: body({ business_name: "并发便利店", lat: 38.5052, lng: 102.1701 }), photos: [], target: { kind: "new" } });
    const reviewing = await reviewApplication({ id: app.id, version: 0, action: "start_review", actorId: officer.id });
    const results = await Promise.allSettled([officer, officer2].map((r) => approveApplication({ id: app.id, version: reviewing.version, actorId: r.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await db.place.count({ where: { ownerId: merchantB.id, nameZh: "并发便利店" } })).toBe(1);
    // A stale version is refused too, even for a valid transition.
    await expect(reviewApplication({ id: app.id, version: 0, action: "reject", actorId: officer.id, note: "x" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("an edit of a live venue", () => {
  it("leaves the live place unchanged until approved, then applies it with a field diff", async () => {
    const edit = await submitApplication({
      merchantId: merchantA.id,
      body: body({ business_name: "暖心面馆（北京路店）", facilities: ["charging", "hot_water", "toilet"], is_24h: true, hours: [] }),
      photos: [],
      target: { kind: "venue", placeId: placeA },
    });
    // One open edit per venue.
    await expect(submitApplication({ merchantId: merchantA.id, body: body(), photos: [], target: { kind: "venue", placeId: placeA } })).rejects.toMatchObject({ code: "conflict", fields: { _: "edit_pending" } });
    const live = await db.place.findUniqueOrThrow({ where: { id: placeA }, include: { facilities: true } });
    expect(live.nameZh).toBe("暖心面馆");
    expect(live.facilities).toHaveLength(2);
    expect((await nearest(live)).facilities).toEqual(["charging", "hot_water"]);

    session.user = officer;
    const preview = await loadApplicationReview(edit.id);
    // The pin is the same point, now picked on a WGS-84 map: only the recorded datum differs.
    expect(Object.keys(preview.changes ?? {}).sort()).toEqual(["facilities", "hours", "is24h", "nameZh", "organization", "sourceDatum"]);

    // Staff added a photo meanwhile; the edit keeps none of the merchant's.
    await db.placePhoto.create({ data: { placeId: placeA, storageKey: "places/2026/11/staff-upload.jpg", width: 10, height: 10, sortOrder: 1 } });
    await approve(edit.id, officer);
    const updated = await db.place.findUniqueOrThrow({ where: { id: placeA }, include: { hours: true, photos: true, changes: { orderBy: { createdAt: "desc" } } } });
    expect(updated.photos.map((p) => p.storageKey)).toEqual(["places/2026/11/staff-upload.jpg"]);
    const [photoKey] = (await db.merchantApplication.findUniqueOrThrow({ where: { id: appA.id } })).photoKeys;
    expect(await blobStore().get(photoKey!)).not.toBeNull();
    expect(updated.changes[0]!.changes).toMatchObject({ fields: { photos: { from: 2, to: 1 } } });
    expect(updated).toMatchObject({ nameZh: "暖心面馆（北京路店）", is24h: true, hours: [] });
    expect(updated.changes[0]).toMatchObject({
      action: "APPROVE_APPLICATION",
      actorId: officer.id,
      changes: { applicationId: edit.id, fields: { nameZh: { from: "暖心面馆", to: "暖心面馆（北京路店）" }, facilities: { from: ["charging", "hot_water"], to: ["charging", "hot_water", "toilet"] }, is24h: { from: false, to: true } } },
    });
    expect((updated.changes[0]!.changes as { fields: Record<string, unknown> }).fields).not.toHaveProperty("lat");
    expect((await nearest(updated)).facilities).toEqual(["charging", "hot_water", "toilet"]);
  });

  it("goes back to the merchant with a note, and comes back as SUBMITTED when corrected", async () => {
    const app = await submitApplication({ merchantId: merchantA.id, body: body({ phone: "" }), photos: [], target: { kind: "venue", placeId: placeA } });
    const reviewing = await reviewApplication({ id: app.id, version: 0, action: "start_review", actorId: officer.id });
    await expect(reviewApplication({ id: app.id, version: reviewing.version, action: "request_changes", actorId: officer.id })).rejects.toMatchObject({ fields: { note: "note_required" } });
    const back = await reviewApplication({ id: app.id, version: reviewing.version, action: "request_changes", actorId: officer.id, note: "请补充对外电话" });
    session.user = merchantA;
    const form = await loadApplicationForm({ applicationId: app.id });
    expect(form?.target).toMatchObject({ kind: "resubmit", version: back.version, reviewNote: "请补充对外电话" });
    const again = await submitApplication({ merchantId: merchantA.id, body: body({ phone: "13912345678" }), photos: [], target: { kind: "resubmit", applicationId: app.id, version: back.version } });
    expect(again).toMatchObject({ status: "SUBMITTED", phone: "13912345678" });
    // Only NEEDS_CHANGES is editable: the same version again is stale.
    await expect(resubmitApplication(merchantA.id, app.id, back.version, content())).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("a merchant sees and edits only their own", () => {
  it("gets a 404 for another merchant's application, venue and photos, in loaders and mutations", async () => {
    const app = await db.merchantApplication.findUniqueOrThrow({ where: { id: appA.id } });
    session.user = merchantB;
    await expect(loadOwnApplication(appA.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(loadApplicationForm({ applicationId: appA.id })).rejects.toMatchObject(NOT_FOUND);
    await expect(loadOwnVenue(placeA)).rejects.toMatchObject(NOT_FOUND);
    await expect(loadApplicationForm({ placeId: placeA })).rejects.toMatchObject(NOT_FOUND);
    await expect(submitApplication({ merchantId: merchantB.id, body: body(), photos: [], target: { kind: "venue", placeId: placeA } })).rejects.toMatchObject({ code: "not_found" });
    await expect(resubmitApplication(merchantB.id, appA.id, app.version, content())).rejects.toMatchObject({ code: "not_found" });
    const token = merchantPhotoUrl(app.photoKeys[0]!).split("/").pop()!;
    expect(await readApplicationPhoto(token)).toBeNull();

    session.user = merchantA;
    expect((await loadOwnApplication(appA.id)).id).toBe(appA.id);
    expect((await readApplicationPhoto(token))?.contentType).toBe("image/jpeg");
    session.user = officer;
    expect((await readApplicationPhoto(token))?.contentType).toBe("image/jpeg");
    session.user = null;
    expect(await readApplicationPhoto(token)).toBeNull();
    // Staff pages refuse merchants.
    session.user = merchantA;
    await expect(loadApplicationReview(appA.id)).rejects.toThrow("FORBIDDEN");
  });
});

describe("telling the merchant", () => {
  it("texts or e-mails each decision, with the reviewer's note in the e-mail, and nothing for starting a review", async () => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const u = await db.user.create({ data: { phone, name: "商户丁", role: "MERCHANT", passwordHash: "x" } });
    const app = await submitApplication({ merchantId: u.id, body: body({ business_name: "丁记小吃", lat: 38.5061, lng: 102.1722 }), photos: [], target: { kind: "new" } });
    const reviewing = await reviewApplication({ id: app.id, version: 0, action: "start_review", actorId: officer.id });
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
    await reviewApplication({ id: app.id, version: reviewing.version, action: "request_changes", actorId: officer.id, note: "请补充门头照片" });
    const rows = await db.notification.findMany({ where: { userId: u.id } });
    expect(rows).toMatchObject([{ kind: "merchant_changes_requested", channel: "SMS", payload: { business: "丁记小吃", note: "请补充门头照片" } }]);

    await sendNotification({ notificationId: rows[0]!.id }, {} as never);
    const text = loggedSms().filter((m) => m.to === phone).at(-1)!.text;
    expect(text).toContain("丁记小吃");
    expect(text).toContain("需要修改");
    // A text stays short; the note waits on the merchant page.
    expect(text).not.toContain("请补充门头照片");
    expect((await db.notification.findUniqueOrThrow({ where: { id: rows[0]!.id } })).sentAt).not.toBeNull();

    // merchantA signed up with an e-mail address: an approval reaches it with the business name.
    const emailApp = await submitApplication({ merchantId: merchantA.id, body: body({ business_name: "甲记面馆", lat: 38.5071, lng: 102.1733 }), photos: [], target: { kind: "new" } });
    const rev = await reviewApplication({ id: emailApp.id, version: 0, action: "start_review", actorId: officer.id });
    await reviewApplication({ id: emailApp.id, version: rev.version, action: "reject", actorId: officer.id, note: "营业执照与门店名称不符" });
    const mail = await db.notification.findFirstOrThrow({ where: { userId: merchantA.id, kind: "merchant_rejected" } });
    expect(mail.channel).toBe("EMAIL");
    await sendNotification({ notificationId: mail.id }, {} as never);
    const sent = loggedEmails().at(-1)!;
    expect(sent.subject).toBe("【暖新】友好商户申请未通过");
  });
});
