import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

const db = testDb();
const casesRoute = await import("@/app/api/v1/cases/route");
const categoriesRoute = await import("@/app/api/v1/categories/route");

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

/** A case body without a point: no lat, lng or place_id. */
function withoutPoint(over: Record<string, unknown>) {
  const { lat: _lat, lng: _lng, place_id: _place, ...rest } = caseBody(over) as Record<string, unknown>;
  return rest;
}

const post = (body: unknown, lang = "zh-CN") =>
  casesRoute.POST(
    new Request("http://test.local/api/v1/cases", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "idempotency-key": newKey(), "accept-language": lang, "x-nuanxin-client-address": "10.9.0.1" },
    }),
  );

describe("a category's location rule", () => {
  it("files a wage case without a location: no point, no district", async () => {
    const res = await post(withoutPoint({ category: "wages", attributes: { amount_owed: 3200 } }));
    expect(res.status).toBe(201);
    const { reference } = await res.json();
    const row = await db.case.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({ lat: null, lng: null, district: null, placeId: null });
  });

  it("keeps no point for a category that has none, even when a client sends one", async () => {
    const res = await post(caseBody({ category: "social_insurance", attributes: undefined }));
    expect(res.status).toBe(201);
    const row = await db.case.findUniqueOrThrow({ where: { reference: (await res.json()).reference } });
    expect(row.lat).toBeNull();
  });

  it("still requires a place for a road-facility category, in both languages", async () => {
    const zh = await post(withoutPoint({ category: "parking" }));
    expect(zh.status).toBe(400);
    expect((await zh.json()).error.fields.location).toMatch(/需要一个位置/);
    const en = await post(withoutPoint({ category: "charging" }), "en");
    expect((await en.json()).error.fields.location).toMatch(/needs a place/);
  });

  it("refuses half a point", async () => {
    const { lng: _lng, ...half } = caseBody({ category: "wages", attributes: { amount_owed: 10 } }) as Record<string, unknown>;
    const res = await post(half);
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.lat).toBeDefined();
  });

  it("GET /api/v1/categories says per category whether a place is needed", async () => {
    const res = await categoriesRoute.GET(new Request("http://test.local/api/v1/categories"));
    const { categories } = (await res.json()) as { categories: { code: string; location: string }[] };
    const rule = Object.fromEntries(categories.map((c) => [c.code, c.location]));
    expect(rule).toMatchObject({ wages: "OPTIONAL", social_insurance: "NONE", platform_rules: "NONE", parking: "REQUIRED", station_facilities: "REQUIRED" });
  });
});
