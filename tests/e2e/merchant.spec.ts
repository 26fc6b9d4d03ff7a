import { randomUUID } from "node:crypto";
import { devices, expect, test } from "@playwright/test";
import type { NearPlace } from "../../lib/places/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { latestCode, sentTo } from "./support/outbox";
import { createUser, signIn } from "./support/users";

const TILES = /tile|autonavi|tianditu|openstreetmap/;

test.beforeEach(async ({ page }) => {
  // No internet in tests: tiles fail at once and the picker falls back to the district outlines.
  await page.route(TILES, (route) => route.abort());
});

test("a merchant signs up, applies, staff approve, and the venue is on the public map with its services", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const name = `暖心面馆${randomUUID().slice(0, 6)}`;
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

  // Sign up from "我的".
  await page.goto("/me");
  await page.getByRole("link", { name: "商家入驻" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("爱心商家入驻");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "注册商家账号" }).click();
  await page.getByLabel(/联系人姓名/).fill("王老板");
  await page.getByLabel(/手机号或邮箱/).fill(phone);
  await page.getByLabel(/^密码/).fill("short");
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByText("密码至少需要10个字符。")).toBeVisible();
  await expect(page.getByText("请阅读并同意隐私说明后再注册。")).toBeVisible();
  await expect(page.getByLabel(/^密码/)).toHaveAttribute("aria-describedby", /m-password-error/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/^密码/).fill("a-good-password-2026");
  await page.getByLabel(/我已阅读并同意隐私说明/).check();
  await page.getByRole("button", { name: "获取验证码" }).click();
  // The phone proves itself with the code the SMS carried.
  await expect(page.getByRole("status")).toContainText(`我们已向 ${phone} 发送了6位验证码`);
  await expectNoSeriousA11yViolations(page);
  const wrongCode = String((Number(latestCode(phone)) + 1) % 1e6).padStart(6, "0");
  await page.getByLabel(/^验证码/).fill(wrongCode);
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page.getByText("验证码不正确，请检查后重新输入，或重新获取。")).toBeVisible();
  await page.getByLabel(/^验证码/).fill(latestCode(phone));
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的商家主页");

  // Apply.
  await page.getByRole("link", { name: "申请新的爱心商家门店" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申请成为爱心商家");
  await page.getByLabel(/商户名称/).fill(name);
  await page.getByLabel(/统一社会信用代码/).fill("91440300708461136X");
  await page.getByLabel(/经营类型/).selectOption({ label: "餐饮" });
  await page.getByLabel(/详细地址/).fill("金川区北京路12号");
  // No tiles: the pin goes down on the district outlines.
  await expect(page.locator(".nx-venue-picker .district-outline").first()).toBeVisible();
  await page.locator(".nx-venue-picker").click({ position: { x: 180, y: 150 } });
  await expect(page.getByText(/^已选位置：38\.\d+, 102\.\d+$/)).toBeVisible();
  await page.getByRole("checkbox", { name: /手机\/电动车充电/ }).check();
  await page.getByRole("checkbox", { name: /^热水/ }).check();
  await page.getByRole("button", { name: "提交申请" }).click();
  // A wrong check digit is caught, and the rest of the form stays filled in.
  await expect(page.getByText("统一社会信用代码最后一位校验位不正确，请核对营业执照。")).toBeVisible();
  await expect(page.getByLabel(/商户名称/)).toHaveValue(name);
  await expect(page.getByRole("checkbox", { name: /^热水/ })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/统一社会信用代码/).fill("91440300708461136t");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page).toHaveURL(/\/merchant\?submitted=1$/);
  const mine = page.locator("[data-application]").filter({ hasText: name });
  await expect(mine.getByText("已提交，待审核")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Staff review at a desk.
  const desk = await browser.newContext({ ...devices["Desktop Chrome"] });
  const staffPage = await desk.newPage();
  await signIn(staffPage, await createUser("OFFICER", "SWD"));
  await expect(staffPage).toHaveURL(/\/admin$/);
  await staffPage.goto("/admin/merchants");
  await staffPage.getByRole("link", { name }).click();
  await expect(staffPage.getByText("91440300708461136T")).toBeVisible();
  await expect(staffPage.getByText("（校验位正确）")).toBeVisible();
  await staffPage.getByRole("button", { name: "开始审核" }).click();
  await expect(staffPage.getByText("审核中", { exact: true })).toBeVisible();
  await staffPage.getByRole("button", { name: "通过并上线" }).click();
  await expect(staffPage.getByText("已通过", { exact: true })).toBeVisible();
  const href = await staffPage.getByRole("link", { name: "查看当前公开页面" }).getAttribute("href");
  const placeId = href!.split("/").pop()!;
  await desk.close();

  // Public: the near API and the place page list it with its services.
  const res = await page.request.get(`/api/places/near?lat=38.5137&lng=102.1879&limit=5&q=${encodeURIComponent(name)}`);
  const places = (await res.json()).places as NearPlace[];
  expect(places.map((p) => p.id)).toEqual([placeId]);
  expect(places[0]).toMatchObject({ kind: "FRIENDLY_MERCHANT", name, facilities: ["charging", "hot_water"] });
  await page.goto(`/places/${placeId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("[data-facility=charging]").first()).toBeVisible();
  await expect(page.locator("[data-facility=hot_water]").first()).toBeVisible();

  // The merchant sees the result and the live venue.
  await page.goto("/merchant");
  await expect(mine.getByText("已通过")).toBeVisible();
  await expect(page.getByRole("region", { name: "我的门店" }).getByText(name)).toBeVisible();
});

test("a merchant signing in lands on their page, not the dashboard", async ({ page }) => {
  const merchant = await createUser("MERCHANT");
  await signIn(page, merchant);
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的商家主页");
});

test("signing up with a registered address looks the same on screen; its owner is told by e-mail", async ({ page }) => {
  const staff = await createUser("OFFICER");
  const fresh = `new-${randomUUID().slice(0, 8)}@e2e.nuanxin.local`;
  const statusFor = async (identifier: string) => {
    await page.goto("/merchant/sign-up");
    await page.getByLabel(/联系人姓名/).fill("李老板");
    await page.getByLabel(/手机号或邮箱/).fill(identifier);
    await page.getByLabel(/^密码/).fill("a-good-password-2026");
    await page.getByLabel(/我已阅读并同意隐私说明/).check();
    await page.getByRole("button", { name: "获取验证码" }).click();
    return (await page.getByRole("status").textContent())!.replace(identifier, "…");
  };
  expect(await statusFor(staff.email)).toBe(await statusFor(fresh));
  await expect(page.getByText(/已注册/)).toHaveCount(0);
  expect(sentTo(staff.email).at(-1)!.text).toContain("已经注册过");
  expect(sentTo(fresh).at(-1)!.text).toMatch(/验证码是 \d{6}/);
});
