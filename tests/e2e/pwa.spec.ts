import { expect, test, type Page } from "@playwright/test";
import type { NearPlace } from "@/lib/places/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles, chooseGroupAndCategory, consent, expectStep, next, withDb } from "./support/case-helpers";

const CITY = { latitude: 38.5137, longitude: 102.1879 };

/** Waits until the service worker controls the page and has stored `path` in its page cache. */
async function waitForStored(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
  await expect
    .poll(() => page.evaluate(async (p) => Boolean(await (await caches.open("pages")).match(new URL(p, location.origin).href, { ignoreVary: true })), path), { timeout: 15_000 })
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await blockTiles(page);
});

test("the manifest is served, names 暖新 and lists icons that exist", async ({ page, request }) => {
  const res = await request.get("/manifest.webmanifest");
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ short_name: "暖新", start_url: "/", display: "standalone", theme_color: "#9a3412" });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.headers()["content-type"]).toBe("image/png");
  }
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
});

test.describe("offline", () => {
  test.use({ geolocation: CITY, permissions: ["geolocation"] });

  test("after a first visit the home page and an opened place page render offline, marked 已保存", async ({ page, context, request }) => {
    const res = await request.get(`/api/places/near?lat=${CITY.latitude}&lng=${CITY.longitude}&limit=1`);
    const place = ((await res.json()).places as NearPlace[])[0]!;
    await page.goto("/");
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toMatch(/\/$/);
    await waitForStored(page, "/");
    await page.goto(`/places/${place.id}`);
    await expect(page.getByRole("heading", { level: 1, name: place.name })).toBeVisible();
    await waitForStored(page, `/places/${place.id}`);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: place.name })).toBeVisible();
    await expect(page.getByTestId("offline-banner")).toContainText("当前离线");
    await expect(page.getByTestId("saved-mark")).toContainText(/已保存 · /);
    await expectNoSeriousA11yViolations(page);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("saved-mark")).toContainText(/已保存 · /);
    await page.screenshot({ path: "/tmp/pwa-offline-home.png" });

    // A page never opened says so instead of the browser's error page.
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("当前离线");
    await context.setOffline(false);
  });

  test("a grievance written offline waits on the phone and is filed once when the network returns", async ({ page, context }) => {
    const description = `离线时写的诉求：站点门口没有地方停车，天天被罚款。${Date.now()}`;
    await page.goto("/report");
    await chooseGroupAndCategory(page);
    await page.getByLabel("请说说发生了什么").fill(description);
    await next(page);
    await expectStep(page, "在哪里发生的");
    await page.locator(".nx-picker").click({ position: { x: 180, y: 150 } });
    await next(page);
    await expectStep(page, "联系方式与隐私");
    await consent(page, {});
    await next(page);
    await expectStep(page, "检查并提交");

    await context.setOffline(true);
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByText(/已保存在手机上：联网后会自动提交/)).toBeVisible();
    await expect(page.getByTestId("outbox-waiting")).toContainText("1 条诉求等待联网后提交");
    await page.screenshot({ path: "/tmp/pwa-queued.png", fullPage: true });
    const count = () => withDb((db) => db.case.count({ where: { description } }));
    expect(await count()).toBe(0);

    await context.setOffline(false);
    const sent = page.getByTestId("outbox-sent");
    await expect(sent).toContainText("离线时写的诉求已提交");
    await expect(page.getByTestId("outbox-reference")).toHaveText(/^JC-/);
    await expect(page.getByTestId("outbox-secret")).not.toBeEmpty();
    await page.screenshot({ path: "/tmp/pwa-sent.png" });
    expect(await count()).toBe(1);

    // The draft is still in the form; sending it again reuses its key and files nothing new.
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByTestId("case-reference")).toHaveText((await page.getByTestId("outbox-reference").textContent())!);
    expect(await count()).toBe(1);
    await page.getByRole("button", { name: "我已记下" }).click();
    await expect(page.getByTestId("outbox")).toHaveCount(0);
  });
});

test("the 长辈版 switch enlarges the type and stays on across reloads", async ({ page }) => {
  await page.goto("/");
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await size()).toBe(16);
  const toggle = page.getByTestId("large-text-switch");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await size()).toBe(20);
  await page.reload();
  // Applied by the server from the cookie, before any script runs.
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/pwa-large-home.png" });
  await page.goto("/report");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  expect((await page.getByRole("button", { name: "下一步", exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/pwa-large-report.png", fullPage: true });
  await toggle.click();
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
});
