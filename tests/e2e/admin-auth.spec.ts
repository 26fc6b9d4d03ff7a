import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ADMIN, createUser, signIn } from "./support/users";

test("a signed-out visit to /admin redirects to sign-in, and signing in returns there", async ({ page }) => {
  await page.goto("/admin/departments");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fdepartments/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("邮箱").fill(ADMIN.email);
  await page.getByLabel("密码").fill(ADMIN.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin\/departments$/);
  await expect(page.getByRole("cell", { name: /市委社会工作部/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /永昌县人民政府/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password shows a clear message in Chinese", async ({ page }) => {
  await signIn(page, { email: ADMIN.email, password: "not-the-password" });
  await expect(page.locator("#sign-in-error[role=alert]")).toHaveText("邮箱或密码不正确，请重新输入。");
  await expect(page.getByLabel("邮箱")).toHaveValue(ADMIN.email);
});

test("a wrong password shows a clear message in English", async ({ page }) => {
  await signIn(page, { email: ADMIN.email, password: "not-the-password" }, "/en/sign-in");
  await expect(page.locator("#sign-in-error[role=alert]")).toHaveText("The e-mail or password is incorrect. Please try again.");
});

test("staff sign in, see their role, and sign out", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("欢迎，Administrator");
  await expect(page.getByText("角色：系统管理员")).toBeVisible();
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "诉求办理" }).click();
  await expect(page).toHaveURL(/\/admin\/cases$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("诉求办理");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("附近的驿站与友好场所");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a merchant who opens an admin page is refused", async ({ page }) => {
  const merchant = await createUser("MERCHANT");
  await signIn(page, merchant, "/sign-in?callbackUrl=%2Fadmin%2Fdepartments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
  await expect(page.getByRole("cell", { name: /市委社会工作部/ })).toHaveCount(0);
  const response = await page.request.get("/admin/departments");
  expect(response.status()).toBe(403);
});

test("a liaison sees their own department on the dashboard", async ({ page }) => {
  const liaison = await createUser("LIAISON", "HRSS");
  await signIn(page, liaison);
  await expect(page.getByText("所属部门：市人社局")).toBeVisible();
});

test("five wrong passwords lock an account with the same message; an administrator unlocks it", async ({ page, browser }) => {
  const officer = await createUser("OFFICER");
  const message = page.locator("#sign-in-error[role=alert]");
  for (let i = 0; i < 5; i++) {
    await signIn(page, { email: officer.email, password: `wrong-${i}` });
    await expect(message).toHaveText("邮箱或密码不正确，请重新输入。");
  }
  // Locked: the right password gets the very same answer.
  await signIn(page, officer);
  await expect(message).toHaveText("邮箱或密码不正确，请重新输入。");
  await expect(page).toHaveURL(/\/sign-in/);

  const desk = await browser.newContext();
  const adminPage = await desk.newPage();
  await signIn(adminPage, ADMIN);
  await expect(adminPage).toHaveURL(/\/admin$/);
  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: officer.email });
  await expect(row.getByText(/已锁定/)).toBeVisible();
  await expectNoSeriousA11yViolations(adminPage);
  await row.getByRole("button", { name: "解锁" }).click();
  await expect(row.getByText(/已锁定/)).toHaveCount(0);
  await desk.close();

  await signIn(page, officer);
  await expect(page).toHaveURL(/\/admin$/);
});

test("a session cookie copied before sign-out no longer opens /admin", async ({ page, browser }) => {
  const officer = await createUser("OFFICER");
  await signIn(page, officer);
  await expect(page).toHaveURL(/\/admin$/);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name === "authjs.session-token")).toBe(true);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/admin");
  await expect(stolen).toHaveURL(/\/sign-in/);
  const session = await stolen.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await thief.close();
});
