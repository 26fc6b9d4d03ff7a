import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles, expectStep, next, randomPhone, withDb } from "./support/case-helpers";

test.beforeEach(async ({ page }) => {
  await blockTiles(page);
});

/** A phone-sized photo: 3,000 × 2,250 of noise, so that JPEG cannot make it small by itself. */
async function bigPhoto(): Promise<Buffer> {
  const width = 3000;
  const height = 2250;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

test("a wage case without a location is filed, with a shrunk photo and upload progress", async ({ page }) => {
  const description = `平台连续两个月少发工资，没有具体地点。${Date.now()}`;
  const photo = await bigPhoto();
  let uploaded = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/cases") && r.method() === "POST") uploaded = r.postDataBuffer()?.byteLength ?? 0;
  });
  // Slow the answer down so that the progress bar can be seen while the request is under way.
  await page.route("**/api/v1/cases?*", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto("/report");
  await page.getByRole("radio", { name: "快递员" }).check();
  await next(page);
  await expectStep(page, "遇到了什么问题？");
  await page.getByRole("radio", { name: "劳动报酬/欠薪" }).check();
  await page.getByLabel(/被拖欠金额/).fill("1800");
  await next(page);
  await expectStep(page, "发生了什么");
  await page.getByLabel("请说说发生了什么").fill(description);
  await page.getByLabel(/添加照片/).setInputFiles({ name: "big.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("img", { name: "第 1 张照片" })).toBeVisible();
  await next(page);

  await expectStep(page, "在哪里发生的");
  await next(page);
  // Nothing chosen: the worker is told that "no particular place" is a choice here.
  await expect(page.getByText("请选择事发地点，或选择“不涉及具体地点”。")).toBeVisible();
  await page.getByRole("radio", { name: "不涉及具体地点" }).check();
  const box = page.locator("#f-location");
  await expect(box.getByRole("status")).toHaveText("已选择：不涉及具体地点");
  // The red message went away with the choice.
  await expect(box.getByRole("alert")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await next(page);

  await expectStep(page, "联系方式与隐私");
  await page.getByLabel("手机号").fill(randomPhone());
  await page.getByLabel(/我已阅读并同意隐私说明/).check();
  await expect(page.getByLabel(/我同意提供事发地点/)).toHaveCount(0);
  await page.getByLabel(/我同意提交这 1 张照片/).check();
  await next(page);
  await expectStep(page, "检查并提交");
  await expect(page.getByText("不涉及具体地点")).toBeVisible();
  await page.getByRole("button", { name: "提交诉求" }).click();

  const bar = page.getByRole("progressbar", { name: "正在上传" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", /\d+/);
  await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeFocused();
  expect(uploaded).toBeGreaterThan(0);
  expect(uploaded).toBeLessThan(photo.byteLength);

  const reference = (await page.getByTestId("case-reference").textContent())!;
  const stored = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, include: { photos: true } }));
  expect(stored).toMatchObject({ categoryCode: "wages", lat: null, lng: null, district: null });
  expect(stored.photos[0]!.width).toBeLessThanOrEqual(2000);
});

test("a point from the worker's position is named by the nearest place and the district", async ({ page, context }) => {
  const place = await withDb((db) => db.place.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { nameZh: "asc" }, select: { lat: true, lng: true } }));
  const near = await (await page.request.get(`/api/places/near?lat=${place.lat}&lng=${place.lng}&limit=1`)).json();
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: place.lat, longitude: place.lng });
  await page.goto("/report");
  await page.getByRole("radio", { name: "外卖骑手" }).check();
  await next(page);
  await page.getByRole("radio", { name: "停车", exact: true }).check();
  await next(page);
  await page.getByLabel("请说说发生了什么").fill("小区门口没有电动车停放的地方，只能停在路边被罚。");
  await next(page);
  await expectStep(page, "在哪里发生的");
  // A road-facility category: no way to say "no particular place".
  await expect(page.getByRole("radio", { name: "不涉及具体地点" })).toHaveCount(0);
  await page.getByRole("radio", { name: "用我的位置" }).check();
  await page.getByRole("button", { name: /获取我现在的位置/ }).click();
  await expect(page.getByTestId("point-near")).toContainText(`靠近 ${near.places[0].name}`);
  await expect(page.getByTestId("point-near")).toContainText(/(金川区|永昌县)/);
  await expect(page.getByTestId("point-near")).toContainText(/（\d+ 米）/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the one-page form files a case and shows the reference", async ({ page }) => {
    const description = `社保没有按时缴纳，公司一直拖着。${Date.now()}`;
    await page.goto("/report");
    // The wizard is not rendered without JavaScript; the one-page form is, with its own submit button.
    // (Text inside <noscript> is matched here by regex: Playwright's string matcher skips it.)
    await expect(page.getByRole("button", { name: "提交诉求" })).toBeVisible();
    await expect(page.getByRole("button", { name: "下一步" })).toHaveCount(0);
    await page.screenshot({ path: "/tmp/nojs-form.png", fullPage: true });
    await page.getByLabel("您是做什么工作的？").selectOption({ label: "网约车/出租车司机" });
    await page.getByLabel("遇到了什么问题？").selectOption({ label: "社会保险" });
    await page.getByLabel("请说说发生了什么").fill(description);
    await page.getByRole("radio", { name: "不涉及具体地点" }).check();
    await page.getByRole("button", { name: "提交诉求" }).click();
    // Consent is missing: the page comes back with the message beside it and the text kept.
    await expect(page.getByText(/请阅读并同意隐私说明后再提交/).first()).toBeVisible();
    await expect(page.getByLabel("请说说发生了什么")).toHaveValue(description);
    await page.getByLabel(/我已阅读并同意隐私说明/).check();
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeVisible();
    const reference = (await page.getByTestId("case-reference").textContent())!;
    expect(reference).toMatch(/^JC-/);
    await expect(page.getByTestId("case-secret")).not.toBeEmpty();
    const stored = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference } }));
    expect(stored).toMatchObject({ description, categoryCode: "social_insurance", workerGroupCode: "ride_hailing", lat: null, channel: "WEB" });
  });

  test("a parking case without a place is refused; a typed point is accepted", async ({ page }) => {
    await page.goto("/report");
    await page.getByLabel("您是做什么工作的？").selectOption({ label: "外卖骑手" });
    await page.getByLabel("遇到了什么问题？").selectOption({ label: "停车" });
    await page.getByLabel("请说说发生了什么").fill("驿站门口的停车位被占，电动车无处停放。");
    await page.getByRole("radio", { name: "不涉及具体地点" }).check();
    await page.getByLabel(/我已阅读并同意隐私说明/).check();
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByText(/这类问题需要一个位置/)).toBeVisible();
    await page.getByRole("radio", { name: /输入坐标/ }).check();
    await page.getByLabel(/纬度/).fill("38.5137");
    await page.getByLabel(/经度/).fill("102.1879");
    await page.getByLabel(/我已阅读并同意隐私说明/).check();
    await page.getByLabel(/我同意提供事发地点/).check();
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeVisible();
    const reference = (await page.getByTestId("case-reference").textContent())!;
    const stored = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference } }));
    expect(stored).toMatchObject({ categoryCode: "parking", lat: 38.5137, lng: 102.1879, district: "JINCHUAN" });
  });
});

test("screenshots of the steps at 390×844", async ({ page }) => {
  await page.goto("/report");
  await page.getByRole("radio", { name: "外卖骑手" }).check();
  await page.screenshot({ path: "/tmp/step-1.png" });
  await next(page);
  await page.getByRole("radio", { name: "平台规则与算法/罚款" }).check();
  await next(page);
  await page.getByLabel("请说说发生了什么").fill("平台无故扣款，申诉没有回应。");
  await page.screenshot({ path: "/tmp/step-3.png", fullPage: true });
  await next(page);
  await page.screenshot({ path: "/tmp/step-4-none.png" });
  await page.getByRole("button", { name: "上一步" }).click();
  await page.getByRole("button", { name: "上一步" }).click();
  await page.getByRole("radio", { name: "充电", exact: true }).check();
  await next(page);
  await next(page);
  await page.getByRole("radio", { name: "在地图上点选" }).check();
  await page.locator(".nx-picker").click({ position: { x: 180, y: 150 } });
  await expect(page.getByTestId("point-near")).toBeVisible();
  await page.screenshot({ path: "/tmp/step-4-map.png", fullPage: true });
});
