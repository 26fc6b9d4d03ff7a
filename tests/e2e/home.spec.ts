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
