import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma-client";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createUser, signIn } from "./support/users";

/** An application as a merchant would have sent it, written straight into the e2e database. */
async function seedApplication(merchantEmail: string, businessName: string) {
  const db = createPrismaClient(process.env.DATABASE_URL, 1);
  try {
    const merchant = await db.user.findUniqueOrThrow({ where: { email: merchantEmail } });
    return await db.merchantApplication.create({
      data: {
        merchantId: merchant.id, businessName, creditCode: "91350100M000100Y43", businessType: "convenience", addressZh: "金川区新华路8号",
        lat: 38.5102, lng: 102.1855, sourceDatum: "WGS84", district: "JINCHUAN", is24h: true, facilityCodes: ["toilet", "seats"], photoKeys: [],
      },
    });
  } finally {
    await db.$disconnect();
  }
}

async function signedIn(browser: Browser, user: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  return page;
}

test("staff send an application back for changes with a reason; the merchant corrects and resends it", async ({ page, browser }) => {
  const merchant = await createUser("MERCHANT");
  const name = `便民超市${randomUUID().slice(0, 6)}`;
  const app = await seedApplication(merchant.email, name);

  await signIn(page, await createUser("OFFICER", "SWD"));
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "商家申请" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("商家申请");
  await expect(page.getByRole("link", { name: /^已提交，待审核（\d+）$/ })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name }).click();
  await expect(page.getByText("38.510200, 102.185500（WGS-84；选点底图坐标系：WGS84）")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "开始审核" }).click();
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("请填写原因，商家会看到这段说明。")).toBeVisible();
  await page.getByLabel("需要商家修改的内容").fill("请补充对外电话");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("需修改", { exact: true })).toBeVisible();
  await expect(page.getByText("商家修改后重新提交前，无需操作。")).toBeVisible();

  const shop = await signedIn(browser, merchant);
  await expect(shop).toHaveURL(/\/merchant$/);
  const card = shop.locator(`[data-application="${app.id}"]`);
  await expect(card.getByText("需要修改：请补充对外电话")).toBeVisible();
  await card.getByRole("link", { name: "修改并重新提交" }).click();
  await expect(shop.getByText("工作人员的修改意见：请补充对外电话")).toBeVisible();
  await expect(shop.getByLabel(/商户名称/)).toHaveValue(name);
  await expect(shop.getByRole("checkbox", { name: /^24小时营业/ })).toBeChecked();
  await shop.getByLabel(/对外电话/).fill("13912345678");
  await shop.getByRole("button", { name: "重新提交" }).click();
  await expect(shop).toHaveURL(/\/merchant\?submitted=1$/);
  await expect(card.getByText("已提交，待审核")).toBeVisible();
  // Once resent it is no longer the merchant's to edit.
  await expect(card.getByRole("link", { name: "修改并重新提交" })).toHaveCount(0);
});

test("a merchant cannot open another merchant's application, and only reviewers reach the review pages", async ({ page, browser }) => {
  const owner = await createUser("MERCHANT");
  const app = await seedApplication(owner.email, `别人的店${randomUUID().slice(0, 6)}`);
  await signIn(page, await createUser("MERCHANT"));
  await expect(page).toHaveURL(/\/merchant$/);
  expect((await page.request.get(`/merchant/apply?application=${app.id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/merchant-photos/${Buffer.from("merchants/2026/01/x.jpg").toString("base64url")}`)).status()).toBe(404);
  expect((await page.request.get(`/admin/merchants/${app.id}`)).status()).toBe(403);

  const liaison = await signedIn(browser, await createUser("LIAISON", "HRSS"));
  expect((await liaison.request.get("/admin/merchants")).status()).toBe(403);
});
