import { expect, test } from "@playwright/test";
import { expectNoncedPolicy, watchCsp } from "./support/csp";
import { ADMIN, signIn } from "./support/users";

test("the staff pages run under the CSP without a violation, and ADMIN sees the report counts", async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await expectNoncedPolicy(page, "/admin/cases");
  await expectNoncedPolicy(page, "/admin/users");
  await page.goto("/admin/jobs");
  await expect(page.getByRole("heading", { name: "内容安全策略（CSP）报告" })).toBeVisible();
  expect(await violations()).toEqual([]);
});
