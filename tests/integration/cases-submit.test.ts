import exifr from "exifr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitGrievance, SubmissionError } from "@/lib/cases/intake/submit-grievance";
import { trackCase } from "@/lib/cases/tracking/track-and-rate";
import { loggedSms } from "@/lib/notify/sms";
import { blobStore } from "@/lib/storage";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, gpsTaggedJpeg, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

const db = testDb();
let ipCounter = 0;
const submit = async (body: Record<string, unknown>, opts: { key?: string; photos?: Uint8Array[]; ip?: string } = {}) => {
  const r = await submitGrievance({ body, photos: opts.photos ?? [], idempotencyKey: opts.key ?? newKey(), channel: "WEB", actor: { kind: "WORKER" }, ip: opts.ip ?? `10.0.0.${++ipCounter}`, locale: "zh-CN" });
  return { ...r, secret: r.code! };
};

beforeAll(async () => {
  // The fixtures share one phone number; only the rate-limit test needs the real limit.
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

describe("submitting a grievance", () => {
  it("creates a named case with a reference, a random readable code stored only as a keyed hash, and a first public event", async () => {
    const result = await submit(caseBody());
    expect(result.reference).toMatch(/^JC-20\d\d-\d{6}$/);
    expect(result.secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    const stored = await db.case.findUniqueOrThrow({ where: { reference: result.reference }, include: { events: true } });
    expect(stored).toMatchObject({ status: "SUBMITTED", contactName: "张师傅", contactPhone: "13812345678", district: "JINCHUAN", channel: "WEB", attributes: { compound_name: "金岸小区" } });
    expect(stored.secretHash).not.toContain(result.secret);
    expect(stored.events).toMatchObject([{ type: "SUBMITTED", actorKind: "WORKER", public: true, toStatus: "SUBMITTED" }]);
    expect(loggedSms().some((m) => m.to === "13812345678" && m.text.includes(result.reference) && m.text.includes(`${result.secret.slice(0, 4)}-${result.secret.slice(4)}`))).toBe(true);
  });

  it("keeps no name on an anonymous case, but keeps a phone given for a call-back", async () => {
    const result = await submit(caseBody({ anonymous: true, contact_name: "不该保存", contact_phone: "13900001111" }));
    const stored = await db.case.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(stored.anonymous).toBe(true);
    expect(stored.contactName).toBeNull();
    expect(stored.contactPhone).toBe("13900001111");
  });

  it("returns the same case for a retry with the same key, and refuses the key with another body", async () => {
    const key = newKey();
    const first = await submit(caseBody({ contact_phone: "13700000001" }), { key });
    const again = await submit(caseBody({ contact_phone: "13700000001" }), { key });
    expect(again).toMatchObject({ reference: first.reference, secret: first.secret, replayed: true });
    expect(await db.case.count({ where: { idempotencyKey: key } })).toBe(1);
    await expect(submit(caseBody({ contact_phone: "13700000001", description: "另一件事情，内容不同的诉求描述。" }), { key })).rejects.toMatchObject({ code: "idempotency_conflict", status: 422 });
  });

  it("creates one case when the same submission races itself", async () => {
    const key = newKey();
    const results = await Promise.all([1, 2, 3].map(() => submit(caseBody({ contact_phone: "13700000002" }), { key })));
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(await db.case.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it.each([
    [{ description: "a\u0000b is a NUL byte in the middle" }, "description", "nul_byte"],
    [{ description: "长".repeat(4001) }, "description", "too_long"],
    [{ lat: 91 }, "lat", "invalid_coordinates"],
    [{ lat: Number.NaN }, "lat", "invalid_coordinates"],
    [{ lat: 31.23, lng: 121.47 }, "lat", "outside_gansu"],
    [{ contact_phone: "02112345678" }, "contact_phone", "invalid_phone"],
    [{ consent: "old-version" }, "consent", "consent_required"],
    [{ surprise: "field" }, "surprise", "unknown_field"],
    [{ category: "nope" }, "category", "unknown_category"],
    [{ attributes: {} }, "attributes.compound_name", "required"],
    [{ website: "http://spam.example" }, "website", "invalid"],
  ])("refuses %j with a field error and stores nothing", async (over, field, message) => {
    const before = await db.case.count();
    const error = await submit(caseBody(over)).catch((e) => e);
    expect(error).toBeInstanceOf(SubmissionError);
    expect(error.status).toBe(400);
    expect(error.fields[field]).toBe(message);
    expect(await db.case.count()).toBe(before);
  });

  it("refuses a .jpg that is really HTML, an empty file and a seventh photo, storing nothing", async () => {
    const before = await db.case.count();
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const jpeg = await gpsTaggedJpeg();
    for (const [photos, code] of [[[html], "photo_unsupported_type"], [[new Uint8Array()], "photo_empty"], [Array(7).fill(jpeg), "photo_too_many"]] as const) {
      const error = await submit(caseBody(), { photos: [...photos] }).catch((e) => e);
      expect(error.fields.photos).toBe(code);
    }
    expect(await db.case.count()).toBe(before);
  });

  it("stores photos re-encoded without EXIF or GPS", async () => {
    const input = await gpsTaggedJpeg();
    expect((await exifr.gps(input))?.latitude).toBeCloseTo(38.51, 1);
    const result = await submit(caseBody(), { photos: [input] });
    const photo = await db.casePhoto.findFirstOrThrow({ where: { case: { reference: result.reference } } });
    const blob = await blobStore().get(photo.storageKey);
    expect(blob?.contentType).toBe("image/jpeg");
    expect(await exifr.parse(blob!.data).catch(() => undefined)).toBeUndefined();
    expect(await exifr.gps(blob!.data).catch(() => undefined)).toBeUndefined();
  });

  it("limits submissions per phone and answers with a retry delay", async () => {
    process.env.CASE_RATE_LIMIT_PER_PHONE = "2";
    try {
      const body = () => caseBody({ contact_phone: "13611112222", description: `第${Math.random()}次反映同一个问题，仍未解决。` });
      await submit(body());
      await submit(body());
      const error = await submit(body()).catch((e) => e);
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      expect(error.retryAfter).toBeGreaterThan(0);
    } finally {
      process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
    }
  });
});

describe("tracking", () => {
  it("shows the public timeline with the right secret; a wrong secret looks like an unknown reference", async () => {
    const { reference, secret } = await submit(caseBody());
    const view = await trackCase(reference, secret, "10.1.0.1");
    expect(view).toMatchObject({ reference, status: "SUBMITTED", timeline: [{ type: "SUBMITTED" }] });
    expect(JSON.stringify(view)).not.toContain("13812345678");
    expect(JSON.stringify(view)).not.toContain("张师傅");
    expect(await trackCase(reference, "wrong-secret-wrong-secret", "10.1.0.1")).toBeNull();
    expect(await trackCase("JC-2026-999999x", secret, "10.1.0.1")).toBeNull();
  });
});
