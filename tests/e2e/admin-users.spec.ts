import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ADMIN, signIn } from "./support/users";

test("an administrator creates a department liaison who can then sign in", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/users");
  await expectNoSeriousA11yViolations(page);
  const email = `liaison-${Date.now()}@e2e.nuanxin.local`;
  // Each row also has a role form of its own: work in the new-account form.
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "新建工作人员账号" }) });
  await form.getByLabel("姓名").fill("李联络");
  await form.getByLabel("邮箱").fill(email);
  await form.getByLabel("角色").selectOption("LIAISON");
  await form.getByLabel("初始密码（至少12位）").fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("部门联络员必须选择所属部门。")).toBeVisible();
  await expect(page.getByText("密码至少需要12个字符。")).toBeVisible();
  await form.getByLabel("部门", { exact: true }).selectOption({ label: "市人社局" });
  await form.getByLabel("初始密码（至少12位）").fill("liaison-password-2026");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("账号已创建。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "李联络" })).toBeVisible();

  const other = await browser.newContext();
  const liaisonPage = await other.newPage();
  await signIn(liaisonPage, { email, password: "liaison-password-2026" });
  await expect(liaisonPage.getByText("所属部门：市人社局")).toBeVisible();
  await liaisonPage.goto("/admin/users");
  await expect(liaisonPage.getByRole("heading", { level: 1 })).toHaveText("无权访问");

  // A role change ends the liaison's open session at once.
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByText("更改角色或部门").click();
  await row.getByLabel("角色").selectOption("VIEWER");
  await row.getByRole("button", { name: "保存" }).click();
  await expect(row.getByText("已更改，该用户需重新登录。")).toBeVisible();
  await expect(row.getByRole("cell", { name: "领导查看", exact: true })).toBeVisible();
  await liaisonPage.goto("/admin");
  await expect(liaisonPage).toHaveURL(/\/sign-in/);
  await other.close();
});
