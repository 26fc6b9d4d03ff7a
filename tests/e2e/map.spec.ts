import { expect, test } from "@playwright/test";
import { toGcj02 } from "@/lib/places/directory/navigation";
import type { NearPlace } from "../../lib/places/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { centralMarker, CITY, listed, mapCenter, nearestPlace, TILES, zoomIntoPlaces } from "./support/map-helpers";


test.beforeEach(async ({ page }) => {
  // No internet in tests: fail tile requests at once instead of letting them hang.
  await page.route(TILES, (route) => route.abort());
});

test("filtering by charging lists only places that offer charging", async ({ page }) => {
  await page.goto("/");
  await expect(listed(page).first()).toBeVisible();
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  const chip = page.getByRole("button", { name: "手机/电动车充电", exact: true });
  const filtered = page.waitForResponse((r) => r.url().includes("/api/places/near") && r.url().includes("facility=charging"));
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  const body = (await (await filtered).json()) as { places: NearPlace[] };
  expect(body.places.length).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "筛选（1）" })).toBeVisible();
  await expect(async () => {
    const ids = await listed(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.placeId));
    expect(ids).toEqual(body.places.map((p) => p.id));
  }).toPass();
  const count = await listed(page).count();
  for (let i = 0; i < count; i++) {
    await expect(listed(page).nth(i).locator('[data-facility="charging"]')).toHaveText(/手机\/电动车充电/);
  }
});

test.describe("with location permission", () => {
  test.use({ geolocation: CITY, permissions: ["geolocation"] });

  test("locate me sorts the list by distance; the nearest place's sheet links to Amap in GCJ-02", async ({ page, request }) => {
    const nearest = await nearestPlace(request);
    await page.goto("/");
    await page.getByRole("button", { name: "定位我" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已定位到您的位置" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "离您最近的地点" })).toBeVisible();
    await expect(page.locator(".nx-user")).toBeVisible();
    await expect(listed(page).first()).toHaveAttribute("data-place-id", nearest.id);
    const distances = await listed(page).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.distanceM)));
    expect(distances.length).toBeGreaterThan(5);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const opener = listed(page).first().getByRole("link", { name: nearest.name, exact: true });
    await opener.click();
    const sheet = page.getByRole("dialog", { name: nearest.name });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole("heading", { name: nearest.name })).toBeFocused();
    await expect(sheet.getByText(nearest.address)).toBeVisible();
    const amap = new URL((await sheet.getByRole("link", { name: "高德地图" }).getAttribute("href"))!);
    const [lng, lat] = amap.searchParams.get("to")!.split(",").map(Number) as [number, number];
    const gcj = toGcj02(nearest);
    expect({ lat, lng }).toEqual(gcj);
    expect(lng - nearest.lng).toBeGreaterThan(0.0017);
    expect(lng - nearest.lng).toBeLessThan(0.0021);
    expect(lat - nearest.lat).toBeGreaterThan(0.0001);
    expect(lat - nearest.lat).toBeLessThan(0.0005);
    for (const name of ["百度地图", "Apple 地图", "其他地图 (geo:)"]) await expect(sheet.getByRole("link", { name })).toBeVisible();
    if (nearest.phone) await expect(sheet.locator(`a[href^="tel:"]`)).toBeVisible();
    await expect(sheet.getByRole("link", { name: "查看详情与营业时间" })).toHaveAttribute("href", `/places/${nearest.id}`);
    await expectNoSeriousA11yViolations(page);

    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

test("with location denied the status says so and the map shows the city centre", async ({ page, context }) => {
  await context.clearPermissions();
  await page.goto("/");
  // It opens on the whole city, zoomed out; the list is the one for the city centre.
  await expect.poll(async () => (await mapCenter(page)).zoom).toBeLessThan(13);
  await expect(page.getByRole("heading", { name: "金昌市中心附近的地点" })).toBeVisible();
  // Move away first, so that coming back to the centre is the page's doing.
  await page.locator(".leaflet-container").focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await mapCenter(page)).lng).toBeGreaterThan(CITY.longitude + 0.01);

  await page.getByRole("button", { name: "定位我" }).click();
  await expect(page.getByRole("status").filter({ hasText: "您未允许获取位置，已显示金昌市中心" })).toBeVisible();
  await expect.poll(async () => Math.abs((await mapCenter(page)).lng - CITY.longitude)).toBeLessThan(0.001);
  const center = await mapCenter(page);
  expect(Math.abs(center.lat - CITY.latitude)).toBeLessThan(0.001);
  expect(center.zoom).toBe(13);
  await expect(page.getByRole("heading", { name: "地图中心附近的地点" })).toBeVisible();
});

test("with every tile blocked the map still shows markers, district outlines and a notice", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("底图无法加载，仍可查看驿站位置")).toBeVisible();
  await expect(page.locator("path.district-outline").first()).toBeAttached();
  const markers = page.locator(".leaflet-marker-pane .nx-marker, .leaflet-marker-pane .nx-cluster");
  await expect(markers.first()).toBeVisible();

  // Markers are large enough to tap and named for screen readers.
  const box = (await markers.first().boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await expect(page.getByRole("button", { name: /^此处有 \d+ 个地点，点击放大$/ }).first()).toBeAttached();
  await zoomIntoPlaces(page);
  expect(await markers.count()).toBeGreaterThan(3);
  await expect(page.getByRole("button", { name: /（(劳动者驿站|司机之家|出租车司机驿站|爱心商家|友好医院|友好社区|友好小区|友好学校)）$/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a marker chosen by keyboard opens its sheet; closing it returns focus to that marker", async ({ page }) => {
  await page.goto("/");
  await zoomIntoPlaces(page);
  const marker = await centralMarker(page, ".nx-marker");
  const name = (await marker.getAttribute("title"))!;
  await marker.focus();
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name });
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "关闭" }).click();
  await expect(sheet).toBeHidden();
  await expect(page.locator(".nx-marker:focus")).toHaveAttribute("title", name);
});
