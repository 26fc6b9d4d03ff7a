import { expect, test, type APIRequestContext } from "@playwright/test";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles, chooseGroupAndCategory, consent, next, randomPhone } from "./support/case-helpers";
import { latestCode, sentTo } from "./support/outbox";

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

async function fileCase(request: APIRequestContext, phone: string) {
  const res = await request.post("/api/v1/cases", {
    headers: { "idempotency-key": `e2e-phone-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: { category: "parking", worker_group: "courier", description: "快递车在小区门口临时停车被贴罚单。", lat: 38.52, lng: 102.19, anonymous: false, contact_phone: phone, consent: PRIVACY_NOTICE_VERSION },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { reference: string; code: string };
}

const bearer = (request: APIRequestContext, reference: string, code: string) => request.get(`/api/v1/cases/${reference}`, { headers: { authorization: `Bearer ${code}` } });

test("the result page keeps the code on the device; /track reopens it from the saved cases and after a reload", async ({ page }) => {
  await blockTiles(page);
  await page.goto("/report");
  await chooseGroupAndCategory(page);
  await page.getByLabel("请说说发生了什么").fill(`小区门口不让外卖车进，只能停在马路边。${Date.now()}`);
  await next(page);
  await page.getByRole("radio", { name: "选择驿站或场所" }).check();
  await page.locator("ul button[aria-pressed]").first().click();
  await next(page);
  await consent(page, { phone: randomPhone() });
  await next(page);
  await page.getByRole("button", { name: "提交诉求" }).click();
  await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeFocused();
  const reference = (await page.getByTestId("case-reference").textContent())!;
  const code = (await page.getByTestId("case-secret").textContent())!;
  expect(code).toMatch(CODE);
  await page.getByRole("button", { name: /复制\s*查询码/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "查询码已复制" })).toBeVisible();
  await page.getByRole("button", { name: "保存到本机" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存到本机" })).toBeVisible();
  await page.screenshot({ path: "/tmp/shot-result.png", fullPage: true });

  await page.reload();
  await page.goto("/me");
  const saved = page.getByTestId("saved-cases");
  await expect(saved).toContainText(reference);
  await saved.getByRole("button", { name: `查看诉求 ${reference}` }).click();
  await expect(page).toHaveURL(/\/track$/);
  await expect(page.getByRole("heading", { name: `诉求 ${reference}` })).toBeVisible();
  await expect(page.getByText("此诉求已保存在本机")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: `诉求 ${reference}` })).toBeVisible();
  expect(page.url()).not.toContain(code.replace("-", ""));
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/shot-track.png", fullPage: true });
});

test("a lost code is recovered by SMS code: new codes on screen and by SMS, the old one stops working", async ({ page, request }) => {
  const phone = randomPhone();
  const first = await fileCase(request, phone);
  expect(sentTo(phone).at(-1)?.text).toContain(first.code);
  await page.goto("/track");
  await page.getByRole("link", { name: "查询码丢了？凭手机号找回" }).click();
  await page.getByRole("textbox", { name: "手机号" }).fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "验证码已发送" })).toBeVisible();
  await page.getByLabel("短信验证码").fill(latestCode(phone));
  await page.getByRole("button", { name: "确认并获取新查询码" }).click();
  await expect(page.getByText("原查询码已失效")).toBeVisible();
  const fresh = (await page.getByTestId("recovered-code").textContent())!;
  expect(fresh).toMatch(CODE);
  expect(fresh).not.toBe(first.code);
  expect(sentTo(phone).at(-1)?.text).toContain(fresh);
  expect((await bearer(request, first.reference, first.code)).status()).toBe(404);
  expect((await bearer(request, first.reference, fresh)).status()).toBe(200);
  await expectNoSeriousA11yViolations(page);
});

test("a worker signs in by SMS code, sees their case under 我的 without a code, and stays out of staff pages", async ({ page, request }) => {
  const phone = randomPhone();
  const { reference } = await fileCase(request, phone);
  await page.goto("/me");
  await page.getByRole("textbox", { name: "手机号" }).fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "验证码已发送" })).toBeVisible();
  await page.getByLabel("短信验证码").fill(latestCode(phone));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByTestId("worker-signed-in")).toContainText(phone.slice(-4));
  const mine = page.getByTestId("my-cases");
  await expect(mine).toContainText(reference);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/shot-me.png", fullPage: true });
  await mine.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(page.getByRole("heading", { name: `诉求 ${reference}` })).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("已提交，等待受理");

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.goto("/me");
  await expect(page.getByTestId("worker-signed-in")).toHaveCount(0);
});
