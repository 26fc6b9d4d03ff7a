import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, gpsTaggedJpeg, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

const db = testDb();
const casesRoute = await import("@/app/api/v1/cases/route");
const caseRoute = await import("@/app/api/v1/cases/[reference]/route");
const ratingRoute = await import("@/app/api/v1/cases/[reference]/rating/route");
const categoriesRoute = await import("@/app/api/v1/categories/route");

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

const post = (body: BodyInit, headers: Record<string, string>) =>
  casesRoute.POST(new Request("http://test.local/api/v1/cases", { method: "POST", body, headers: { "x-nuanxin-client-address": "10.3.0.1", ...headers } }));
const json = (body: unknown, key = newKey(), lang = "zh-CN") => post(JSON.stringify(body), { "content-type": "application/json", "idempotency-key": key, "accept-language": lang });
const params = (reference: string) => ({ params: Promise.resolve({ reference }) });

describe("POST /api/v1/cases", () => {
  it("files a JSON case (201) and answers a retry with the same key identically", async () => {
    const key = newKey();
    const first = await json(caseBody(), key);
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toEqual({ reference: expect.stringMatching(/^JC-/), code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/), secret: body.code, status: "SUBMITTED" });
    const again = await json(caseBody(), key);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(body);
    const conflict = await json(caseBody({ description: "完全不同的另一件事情描述文字" }), key);
    expect(conflict.status).toBe(422);
  });

  it("files a multipart case with photos", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(caseBody({ attributes: JSON.stringify({ compound_name: "金岸小区" }) }))) form.append(k, String(v));
    form.append("photos", new Blob([new Uint8Array(await gpsTaggedJpeg())], { type: "image/jpeg" }), "p.jpg");
    const req = new Request("http://test.local/api/v1/cases", { method: "POST", body: form, headers: { "idempotency-key": newKey() } });
    const res = await casesRoute.POST(req);
    expect(res.status).toBe(201);
    const { reference } = await res.json();
    expect(await db.casePhoto.count({ where: { case: { reference } } })).toBe(1);
  });

  it("answers validation errors with 400, a code, a message and field messages in the caller's language", async () => {
    const zh = await json(caseBody({ contact_phone: "12345" }));
    expect(zh.status).toBe(400);
    expect(await zh.json()).toMatchObject({ error: { code: "validation", fields: { contact_phone: "请输入11位中国大陆手机号码。" } } });
    const en = await json(caseBody({ lat: 91 }), newKey(), "en");
    expect((await en.json()).error.fields.lat).toBe("The location is not valid. Please choose it again.");
  });

  it("requires an Idempotency-Key and refuses an oversized body with 413", async () => {
    const noKey = await post(JSON.stringify(caseBody()), { "content-type": "application/json" });
    expect(noKey.status).toBe(400);
    const huge = await json({ ...caseBody(), description: "x".repeat(70_000) });
    expect(huge.status).toBe(413);
  });

  it("answers an attribute nested 5,000 levels deep (10 kB) with a 400, and files nothing", async () => {
    const before = await db.case.count();
    const deep = `{"v":${"[".repeat(5000)}1${"]".repeat(5000)}}`;
    const body = JSON.stringify(caseBody()).replace(/}$/, `,"attributes":${deep}}`);
    const res = await post(body, { "content-type": "application/json", "idempotency-key": newKey() });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "validation" } });
    expect(await db.case.count()).toBe(before);
  });
});

describe("GET /api/v1/cases/{reference} and rating", () => {
  it("shows the public view with the bearer secret; a wrong secret and an unknown reference give the same 404", async () => {
    const { reference, secret } = await (await json(caseBody())).json();
    const get = (ref: string, s: string) => caseRoute.GET(new Request(`http://test.local/api/v1/cases/${ref}`, { headers: { authorization: `Bearer ${s}` } }), params(ref));
    const ok = await get(reference, secret);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ reference, status: "SUBMITTED", timeline: [{ type: "SUBMITTED" }] });
    const wrong = await get(reference, "wrong-secret-value-123");
    const unknown = await get("JC-1999-000000", secret);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("rates a resolved case (200) and refuses a rating that is not awaited (409)", async () => {
    const { reference, secret } = await (await json(caseBody())).json();
    const rate = (rating: string) =>
      ratingRoute.POST(new Request(`http://test.local/api/v1/cases/${reference}/rating`, { method: "POST", body: JSON.stringify({ rating }), headers: { authorization: `Bearer ${secret}` } }), params(reference));
    expect((await rate("SATISFIED")).status).toBe(409);
    await db.case.update({ where: { reference }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    const res = await rate("BASICALLY_SATISFIED");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "EVALUATED", rating: "BASICALLY_SATISFIED" });
    expect((await rate("MEH")).status).toBe(400);
  });
});

describe("GET /api/v1/categories", () => {
  it("lists categories with Open311-shaped attributes, worker groups and the privacy notice", async () => {
    const res = await categoriesRoute.GET(new Request("http://test.local/api/v1/categories?lang=en"));
    const body = await res.json();
    expect(body.categories.find((c: { code: string }) => c.code === "wages")).toEqual({
      code: "wages",
      location: "OPTIONAL",
      name: "Pay and unpaid wages",
      attributes: [
        { code: "amount_owed", datatype: "number", required: true, description: "Amount owed (yuan)" },
        { code: "months_owed", datatype: "number", required: false, description: "Months owed" },
      ],
    });
    expect(body.worker_groups).toContainEqual({ code: "food_delivery", name: "Food-delivery rider" });
    expect(body.privacy_notice.version).toMatch(/\S/);
  });
});
