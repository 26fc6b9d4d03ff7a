import { expect, test } from "@playwright/test";
import type { NearPlace } from "@/lib/places/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles } from "./support/case-helpers";

// Every public page at phone size against WCAG 2.2 AA (tests/e2e/support/axe.ts), in both languages
// where the layout differs. Pages with flows of their own are checked step by step in their specs too.
const PAGES = ["/", "/report", "/track", "/me", "/merchant", "/merchant/sign-up", "/merchant/apply", "/privacy", "/sign-in", "/en", "/en/report"];

test.beforeEach(async ({ page }) => {
  await blockTiles(page);
});

for (const path of PAGES) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main, [role=main]").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("axe: a place page and its poster", async ({ page, request }) => {
  const res = await request.get("/api/places/near?lat=38.5137&lng=102.1879&limit=1");
  const place = ((await res.json()).places as NearPlace[])[0]!;
  await page.goto(`/places/${place.id}`);
  await expect(page.getByRole("heading", { level: 1, name: place.name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/places/${place.id}/poster`);
  await expectNoSeriousA11yViolations(page);
});
