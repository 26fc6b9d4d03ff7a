import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { listed, mapCenter, nearestPlace, TILES } from "./support/map-helpers";

// The map as riders use it outdoors: a 390 px phone, one hand, a weak network, the back button.

test.beforeEach(async ({ page }) => {
  await page.route(TILES, (route) => route.abort());
});

test("the map opens on the whole city in its outline, with clusters that do not overlap", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("path.district-outline")).toHaveCount(2);
  const clusters = page.locator(".leaflet-marker-pane .nx-cluster, .leaflet-marker-pane .nx-marker");
  await expect(clusters.first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect((await mapCenter(page)).zoom).toBeLessThanOrEqual(9);
  // Both districts' outlines lie inside the map.
  const map = (await page.locator(".leaflet-container").boundingBox())!;
  for (const box of await page.locator("path.district-outline").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(box.y).toBeGreaterThanOrEqual(map.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
  }
  // The visible discs (the first child of each icon) never overlap.
  const discs = await clusters.evaluateAll((els) => els.map((e) => e.firstElementChild!.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const [a, b] = [discs[i]!, discs[j]!];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `discs ${i} and ${j} overlap`).toBe(true);
    }
  }
  await expect(page.getByRole("button", { name: /^此处有 \d+ 个地点，点击放大$/ }).first()).toBeAttached();
});

test("the back button closes an open sheet and stays on the site", async ({ page }) => {
  await page.goto("/");
  const card = listed(page).first();
  const name = (await card.getByRole("heading").textContent())!;
  await card.getByRole("link", { name, exact: true }).click();
  const sheet = page.getByRole("dialog", { name });
  await expect(sheet).toBeVisible();
  await expect(page).toHaveURL(/[?&]place=/);
  await page.goBack();
  await expect(sheet).toBeHidden();
  expect(new URL(page.url()).pathname).toBe("/");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("附近的驿站与友好场所");
  // Forward opens it again.
  await page.goForward();
  await expect(sheet).toBeVisible();
});

test("a shared link with filters and a place restores both; the marker is keyboard-reachable and named", async ({ page, request }) => {
  const place = await nearestPlace(request, "&facility=charging");
  await page.goto(`/?facility=charging&place=${place.id}`);
  const sheet = page.getByRole("dialog", { name: place.name });
  await expect(sheet).toBeVisible();
  // While its sheet is open, the chosen place is its own marker, never inside a cluster.
  await expect(page.locator(`.nx-place-${place.id}`)).toHaveAttribute("title", place.name);
  await expect(page.getByRole("button", { name: "筛选（1）" })).toBeVisible();
  for (let i = 0; i < (await listed(page).count()); i++) await expect(listed(page).nth(i).locator('[data-facility="charging"]')).toBeVisible();

  // Closing the sheet keeps the filter in the address.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/\/\?facility=charging$/);
  await page.getByRole("button", { name: "筛选（1）" }).click();
  await expect(page.getByRole("button", { name: "手机/电动车充电", exact: true })).toHaveAttribute("aria-pressed", "true");

  // The map opened on the place, zoomed in: Tab from the map reaches a single place's marker, named.
  await page.locator(".leaflet-container").focus();
  const focused = page.locator(".leaflet-marker-pane .nx-marker:focus");
  for (let i = 0; i < 40 && !(await focused.count()); i++) await page.keyboard.press("Tab");
  await expect(focused).toHaveCount(1);
  const name = (await focused.getAttribute("title"))!;
  expect(name.length).toBeGreaterThan(0);
  expect(await focused.getAttribute("aria-label")).toMatch(new RegExp(`^${name.replace(/[()（）·]/g, ".")}（[^（）]+）$`));
  await page.keyboard.press("Enter");
  const opened = page.getByRole("dialog", { name });
  await expect(opened).toBeVisible();
  await expect(opened.getByRole("heading", { name })).toBeFocused();
});

test("each card has a one-tap 导航 with Amap, Baidu and Apple links", async ({ page }) => {
  await page.goto("/");
  const card = listed(page).first();
  await card.locator("summary").click();
  for (const [name, prefix] of [
    ["高德地图", "https://uri.amap.com/navigation?"],
    ["百度地图", "https://api.map.baidu.com/direction?"],
    ["Apple 地图", "https://maps.apple.com/?daddr="],
  ] as const) {
    const link = card.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    expect(await link.getAttribute("href")).toMatch(new RegExp(`^${prefix.replace(/[?.]/g, "\\$&")}`));
  }
  // The fold-out is not the card's own link: no sheet opened.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(card.locator('[data-facility] >> text=/\\S/').first()).toBeVisible();
  // With the list scrolled to the card, the sticky header lies over the map's zoom buttons, which
  // axe counts as an obscured target; check the page with the fold-out open at its resting scroll.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoSeriousA11yViolations(page);
});

test("a long unbroken name wraps on a 390 px phone: list, sheet and place page", async ({ page, request }) => {
  const place = await nearestPlace(request);
  const long = `JinchangBeijingRoadSubdistrictRidersAndCouriersWarmStation${"X".repeat(40)}`;
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE "Place" SET "nameZh" = $2 WHERE id = $1`, [place.id, long]);
    const width = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
    await page.goto("/");
    await expect(listed(page).first().getByRole("link", { name: long })).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(390);
    await listed(page).first().getByRole("link", { name: long }).click();
    await expect(page.getByRole("dialog", { name: long })).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(390);
    await page.goto(`/places/${place.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(long);
    expect(await width()).toBeLessThanOrEqual(390);
  } finally {
    await db.query(`UPDATE "Place" SET "nameZh" = $2 WHERE id = $1`, [place.id, place.name]);
    await db.end();
  }
});

test.describe("sharing a place", () => {
  test("copies the link and says so where there is no share sheet", async ({ page, context, request, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const place = await nearestPlace(request);
    await page.goto(`/places/${place.id}`);
    await page.getByRole("button", { name: "分享" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已复制" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/places/${place.id}`);
  });

  test("hands the link to the phone's share sheet where there is one", async ({ page, request, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    const place = await nearestPlace(request);
    await page.goto("/");
    await listed(page).first().getByRole("link", { name: place.name, exact: true }).click();
    await page.getByRole("dialog", { name: place.name }).getByRole("button", { name: "分享" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared)).toEqual({ title: place.name, text: place.address, url: `${baseURL}/places/${place.id}` });
  });
});
