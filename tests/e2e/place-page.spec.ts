import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { formatMinute } from "@/lib/places/directory/hours";
import { toGcj02 } from "@/lib/places/directory/navigation";
import type { NearPlace } from "../../lib/places/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function nearestPlace(request: APIRequestContext): Promise<NearPlace> {
  const res = await request.get("/api/places/near?lat=38.5137&lng=102.1879&limit=1");
  expect(res.ok()).toBe(true);
  return (await res.json()).places[0];
}

/** One row from the test database (scripts/test.ts passes its URL to Playwright). */
async function queryOne<T>(sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    expect(rows.length, `no row for: ${sql}`).toBeGreaterThan(0);
    return rows[0] as T;
  } finally {
    await client.end();
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a place page shows the place and working navigation links", async ({ page, request }) => {
    const place = await nearestPlace(request);
    const res = await page.goto(`/places/${place.id}`);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`^${place.name.replace(/[()（）·]/g, ".")}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(place.name);
    await expect(page.getByText(place.address)).toBeVisible();
    await expect(page.getByText("示例数据：")).toBeVisible();
    await expect(page.getByText(place.open_now ? "营业中" : /已打烊|暂停开放/).first()).toBeVisible();

    const href = async (name: string) => (await page.getByRole("link", { name, exact: true }).getAttribute("href"))!;
    const gcj = toGcj02(place);
    expect(new URL(await href("高德地图")).searchParams.get("to")).toBe(`${gcj.lng},${gcj.lat},${place.name}`);
    expect(await href("百度地图")).toContain("coord_type=bd09ll");
    expect(new URL(await href("Apple 地图")).searchParams.get("daddr")).toBe(`${place.lat},${place.lng}`);
    expect(await href("其他地图 (geo:)")).toMatch(new RegExp(`^geo:${place.lat},${place.lng}\\?`));
    if (place.phone) await expect(page.locator(`a[href^="tel:"]`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "营业时间" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "设施与服务" })).toBeVisible();

    await page.getByRole("link", { name: "返回地图" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("overnight opening hours read as running into the next day", async ({ page }) => {
    const span = await queryOne<{ id: string; opensAt: number; closesAt: number }>(
      `SELECT h."placeId" AS id, h."opensAt", h."closesAt" FROM "PlaceHours" h JOIN "Place" p ON p.id = h."placeId"
       WHERE h."closesAt" > 1440 AND p.status = 'ACTIVE' AND NOT p."is24h" LIMIT 1`,
    );
    await page.goto(`/places/${span.id}`);
    await expect(page.getByRole("table").getByText(`${formatMinute(span.opensAt)}–次日${formatMinute(span.closesAt)}`).first()).toBeVisible();
  });

  test("a temporarily closed place says why and until when", async ({ page }) => {
    // The sample closures end on fixed dates; push this one into the future so the test never expires.
    const place = await queryOne<{ id: string; reason: string; until: string }>(
      `UPDATE "Place" SET "closedUntil" = current_date + 30
       WHERE id = (SELECT id FROM "Place" WHERE status = 'TEMPORARILY_CLOSED' AND "closedReason" IS NOT NULL ORDER BY id LIMIT 1)
       RETURNING id, "closedReason" AS reason, to_char("closedUntil", 'YYYY-MM-DD') AS until`,
    );
    await page.goto(`/places/${place.id}`);
    await expect(page.getByText("暂停开放")).toBeVisible();
    await expect(page.getByText(`原因：${place.reason}`)).toBeVisible();
    await expect(page.getByText(`预计 ${place.until} 后恢复`)).toBeVisible();
  });
});

test("an unknown place is a 404", async ({ page }) => {
  const res = await page.goto("/places/c000000000000000000000000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
});

test("a place page in English has no serious accessibility violations", async ({ page, request }) => {
  const place = await nearestPlace(request);
  await page.goto(`/en/places/${place.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Navigate here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Amap", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Opening hours" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a place page has Open Graph tags for link previews, with an image that loads", async ({ page, request, baseURL }) => {
  const place = await nearestPlace(request);
  await page.goto(`/places/${place.id}`);
  const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
  expect(await meta("og:title")).toBe(place.name);
  const description = (await meta("og:description"))!;
  expect(description.startsWith(`${place.address} · `)).toBe(true);
  expect(description).toMatch(/周[一二三四五六日]|全天24小时开放|暂无营业时间信息/);
  expect(await meta("og:url")).toBe(`${baseURL}/places/${place.id}`);
  const image = (await meta("og:image"))!;
  expect(image.startsWith(`${baseURL}/`)).toBe(true);
  const res = await request.get(image);
  expect(res.ok()).toBe(true);
  expect(res.headers()["content-type"]).toMatch(/^image\//);
});

test("a holiday closes a place that is open on weekdays", async ({ page }) => {
  // A 24-hour place whose holiday rule is 节假日休息: open on any ordinary day, closed on a holiday.
  const place = await queryOne<{ id: string }>(
    `UPDATE "Place" SET "holidayMode" = 'CLOSED'
     WHERE id = (SELECT id FROM "Place" WHERE status = 'ACTIVE' AND "is24h" ORDER BY id LIMIT 1) RETURNING id`,
  );
  const today = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
  const before = await queryOne<{ kind: string | null; nameZh: string | null; nameEn: string | null }>(
    `SELECT (SELECT kind::text FROM "CalendarDay" WHERE date = ${today}) AS kind, (SELECT "nameZh" FROM "CalendarDay" WHERE date = ${today}) AS "nameZh", (SELECT "nameEn" FROM "CalendarDay" WHERE date = ${today}) AS "nameEn"`,
  );
  // Run on any day: a real holiday today is set aside for the ordinary-day half and put back below.
  if (before.kind) await queryOne(`DELETE FROM "CalendarDay" WHERE date = ${today} RETURNING date`);
  await page.goto(`/places/${place.id}`);
  await expect(page.locator("header").getByText("营业中")).toBeVisible();
  await expect(page.getByText("节假日休息")).toBeVisible();
  try {
    await queryOne(`INSERT INTO "CalendarDay" (date, kind, "nameZh", "nameEn") VALUES (${today}, 'HOLIDAY', '测试假日', 'Test holiday')
      ON CONFLICT (date) DO UPDATE SET kind = 'HOLIDAY' RETURNING date`);
    await page.reload();
    await expect(page.locator("header").getByText("已打烊")).toBeVisible();
    await expect(page.getByText("今天是测试假日：节假日休息")).toBeVisible();
  } finally {
    await queryOne(
      before.kind
        ? `UPDATE "CalendarDay" SET kind = '${before.kind}', "nameZh" = ${before.nameZh === null ? "NULL" : `'${before.nameZh}'`}, "nameEn" = ${before.nameEn === null ? "NULL" : `'${before.nameEn}'`} WHERE date = ${today} RETURNING date`
        : `DELETE FROM "CalendarDay" WHERE date = ${today} RETURNING date`,
    );
    await queryOne(`UPDATE "Place" SET "holidayMode" = 'SAME' WHERE id = '${place.id}' RETURNING id`);
  }
});

test("a rider's 设施正常 updates the freshness on the place page", async ({ page }) => {
  // A station last checked long ago, so the badge has somewhere to move from.
  const place = await queryOne<{ id: string }>(
    `UPDATE "Place" SET "lastVerifiedAt" = now() - interval '200 days', "lastConfirmedAt" = NULL
     WHERE id = (SELECT p.id FROM "Place" p WHERE p.status = 'ACTIVE' AND p.kind = 'WORKER_STATION'
       AND EXISTS (SELECT 1 FROM "PlaceFacility" f WHERE f."placeId" = p.id) ORDER BY p.id DESC LIMIT 1) RETURNING id`,
  );
  await page.goto(`/places/${place.id}`);
  await expect(page.locator("[data-freshness]")).toHaveAttribute("data-freshness", "stale");
  await expect(page.locator("[data-freshness]")).toContainText("待核实");
  await page.getByRole("button", { name: "设施正常" }).click();
  await expect(page.getByRole("status").filter({ hasText: "谢谢" })).toHaveText("谢谢！已记录：设施正常。");
  await expect(page.locator("[data-freshness]")).toHaveAttribute("data-freshness", "fresh");
  await expect(page.locator("[data-freshness]")).toHaveText(/骑手 今天确认/);
  // The same phone, the same day: one answer only.
  await page.getByRole("button", { name: "设施正常" }).click();
  await expect(page.getByRole("status").filter({ hasText: "反馈" })).toHaveText(/今天您已经反馈过这个地点了/);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/place-confirm.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
});
