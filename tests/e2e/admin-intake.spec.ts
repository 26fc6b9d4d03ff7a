import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles, chooseGroupAndCategory, expectStep, next, randomPhone, withDb } from "./support/case-helpers";
import { createUser, signIn } from "./support/users";

test("an officer registers a 12328 hotline case for a worker and gets a reference to read out", async ({ page }) => {
  await blockTiles(page);
  const officer = await createUser("OFFICER", "SWD");
  const description = `热线来电：货车司机反映停车场收费不合理，夜间无处停车。${Date.now()}`;
  const phone = randomPhone();
  await signIn(page, officer);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/cases");
  await page.getByRole("link", { name: "代为登记诉求（窗口 / 12328）" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "代为登记诉求" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await chooseGroupAndCategory(page, "货车司机", "停车");
  await page.getByLabel("劳动者反映的情况").fill(description);
  await next(page);
  await expectStep(page, "在哪里发生的");
  // No "use my location" at the desk: the officer's position is not the worker's.
  await expect(page.getByRole("radio", { name: "用我的位置" })).toHaveCount(0);
  await page.getByRole("button", { name: "把地图中心设为事发地点" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已选择地点（地图点选）" })).toBeVisible();
  await next(page);

  await expectStep(page, "联系方式与隐私");
  await page.getByLabel("诉求来源").selectOption("HOTLINE_12328");
  await page.getByLabel("劳动者手机号").fill(phone);
  await page.getByLabel(/劳动者已知悉并同意隐私说明/).check();
  await page.getByLabel(/劳动者同意提供事发地点/).check();
  await expectNoSeriousA11yViolations(page);
  await next(page);
  await expectStep(page, "检查并提交");
  await expect(page.getByText("12328热线")).toBeVisible();
  await page.getByRole("button", { name: "登记诉求" }).click();

  await expect(page.getByRole("heading", { name: "诉求已登记" })).toBeFocused();
  const reference = (await page.getByTestId("case-reference").textContent())!;
  expect(reference).toMatch(/^JC-/);
  await expect(page.getByTestId("case-secret")).not.toBeEmpty();
  await expect(page.getByText("请把受理编号和查询码读给劳动者")).toBeVisible();
  const stored = await withDb((db) =>
    db.case.findUniqueOrThrow({ where: { reference }, select: { channel: true, contactPhone: true, description: true, createdBy: { select: { email: true } } } }),
  );
  expect(stored).toEqual({ channel: "HOTLINE_12328", contactPhone: phone, description, createdBy: { email: officer.email } });
});

test("a read-only leader who opens the intake form is refused", async ({ page }) => {
  const viewer = await createUser("VIEWER");
  await signIn(page, viewer);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/cases");
  await expect(page.getByRole("link", { name: "代为登记诉求（窗口 / 12328）" })).toHaveCount(0);
  const response = await page.goto("/admin/cases/new");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
  await expect(page.getByLabel("劳动者反映的情况")).toHaveCount(0);
});
