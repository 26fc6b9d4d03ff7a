import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { tinyJpeg, withDb } from "./support/case-helpers";
import { placeWithMicrowave, reportBrokenMicrowave } from "./support/place-helpers";

test("a rider reports a broken microwave with a photo, without signing in", async ({ page, request }) => {
  const place = await placeWithMicrowave(request);
  const description = `微波炉不加热 ${randomUUID().slice(0, 8)}`;
  await reportBrokenMicrowave(page, place.id, description, await tinyJpeg());
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}\\?report=sent`));
  await expectNoSeriousA11yViolations(page);
  const report = await withDb((db) => db.placeReport.findFirstOrThrow({ where: { description } }));
  expect(report).toMatchObject({ placeId: place.id, type: "FACILITY_BROKEN", facilityCode: "microwave", status: "OPEN" });
  expect(report.photoKey).toMatch(/^place-reports\//);
});

test("choosing a broken facility without naming it is refused with a message", async ({ page, request }) => {
  const place = await placeWithMicrowave(request);
  await page.goto(`/places/${place.id}`);
  const form = page.getByRole("region", { name: "反馈问题" });
  await form.getByRole("radio", { name: "设施坏了" }).check();
  await form.getByRole("button", { name: "提交反馈" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请选择坏了的设施。" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a report and a check-in work as plain forms; a device counts once an hour", async ({ page, browser, request }) => {
    const place = await placeWithMicrowave(request);
    const description = `门口被拦 ${randomUUID().slice(0, 8)}`;
    await page.goto(`/places/${place.id}`);
    const form = page.getByRole("region", { name: "反馈问题" });
    await form.getByRole("radio", { name: "被拒绝进入" }).check();
    await form.getByLabel("补充说明（可选）").fill(description);
    await form.getByRole("button", { name: "提交反馈" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已收到您的反馈" })).toBeVisible();
    expect(await withDb((db) => db.placeReport.count({ where: { description, type: "REFUSED_ENTRY", placeId: place.id } }))).toBe(1);

    const visits = () => withDb(async (db) => (await db.placeCheckinDay.aggregate({ where: { placeId: place.id }, _sum: { count: true } }))._sum.count ?? 0);
    const before = await visits();
    const checkIn = async (p: Page) => {
      await p.goto(`/places/${place.id}`);
      await p.getByRole("button", { name: "我用过这个驿站" }).click();
    };
    await checkIn(page);
    await expect(page.getByRole("status").filter({ hasText: "已记录，谢谢！" })).toBeVisible();
    await checkIn(page);
    await expect(page.getByRole("status").filter({ hasText: "一小时内已经记录过了" })).toBeVisible();
    expect(await visits()).toBe(before + 1);
    const cookie = (await page.context().cookies()).find((c) => c.name === "nx_device");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // Another phone is another device.
    const other = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
    const otherPage = await other.newPage();
    await checkIn(otherPage);
    await expect(otherPage.getByRole("status").filter({ hasText: "已记录，谢谢！" })).toBeVisible();
    await other.close();
    expect(await visits()).toBe(before + 2);
  });
});
