import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the home page speaks Chinese by default", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("附近的驿站与友好场所");
  const nav = page.getByRole("navigation", { name: "主导航" }).last();
  for (const label of ["地图", "反映诉求", "查询进度", "我的"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the language switch turns the page into English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stations and friendly venues near you");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /中文/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the bottom navigation reaches every public section by keyboard", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Main navigation" }).last();
  await nav.getByRole("link", { name: "Track" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/track$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Track a case");
  await expect(nav.getByRole("link", { name: "Track" })).toHaveAttribute("aria-current", "page");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page lists the places nearest the city centre, with links to their pages", async ({ page, request }) => {
    const res = await request.get("/api/places/near?lat=38.5137&lng=102.1879&limit=20");
    const { places } = (await res.json()) as { places: { id: string; name: string }[] };
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "金昌市中心附近的地点" })).toBeVisible();
    await expect(page.getByText("正在加载附近地点…")).toHaveCount(0);
    const cards = page.locator("[data-place-id]");
    await expect(cards).toHaveCount(places.length);
    expect(await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.placeId))).toEqual(places.map((p) => p.id));
    await cards.first().getByRole("link", { name: places[0]!.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/places/${places[0]!.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(places[0]!.name);
  });

  test("filters in the address apply to the server's list", async ({ page }) => {
    await page.goto("/?kind=WORKER_STATION");
    const cards = page.locator("[data-place-id]");
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allTextContents()) expect(text).toContain("劳动者驿站");
  });

  test("the text-only directory lists places by district and subdistrict, filtered by kind, in pages", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "不看地图，按区域列出" }).click();
    await expect(page).toHaveURL(/\/places$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("按区域浏览地点");
    await expect(page.getByRole("heading", { level: 2, name: /^金川区/ })).toBeVisible();
    const first = page.locator("[data-place-id]").first();
    expect(await first.getByRole("link").getAttribute("href")).toMatch(/^\/places\/[a-z0-9]+$/);
    await page.getByRole("link", { name: /下一页/ }).click();
    await expect(page).toHaveURL(/\/places\?page=2$/);
    await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible();

    await page.getByLabel("场所类型").selectOption({ label: "友好医院" });
    await page.getByRole("button", { name: "显示" }).click();
    await expect(page).toHaveURL(/kind=FRIENDLY_HOSPITAL/);
    const rows = page.locator("[data-place-id]");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain("友好医院");
    await expect(page.getByRole("heading", { level: 2, name: "永昌县" })).toBeVisible();
  });
});

test("the text-only directory has no serious accessibility violations", async ({ page }) => {
  await page.goto("/places?kind=WORKER_STATION");
  await expect(page.locator("[data-place-id]").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
