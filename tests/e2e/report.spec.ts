import { expect, test } from "@playwright/test";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { blockTiles, chooseGroupAndCategory, consent, expectStep, next, randomPhone, tinyJpeg, withDb } from "./support/case-helpers";

test.beforeEach(async ({ page }) => {
  await blockTiles(page);
});

test("a rider files a case with a photo and a map point, copies the reference and tracks it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const description = `站点长期拖欠三月份工资，多次找站长都说再等等。${Date.now()}`;
  const phone = randomPhone();
  await page.goto("/report");
  await expect(page.getByRole("heading", { level: 2, name: "您是做什么工作的？" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("radio", { name: "外卖骑手" }).check();
  await next(page);

  await expectStep(page, "遇到了什么问题？");
  await page.getByRole("radio", { name: "劳动报酬/欠薪" }).check();
  await next(page);
  // The category's required extra question is checked before moving on.
  const amount = page.getByLabel(/被拖欠金额/);
  await expect(amount).toBeFocused();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await amount.getAttribute("aria-describedby")}`)).toHaveText("此项必填。");
  await expectNoSeriousA11yViolations(page);
  await amount.fill("3200");
  await next(page);

  await expectStep(page, "发生了什么");
  await page.getByLabel("请说说发生了什么").fill(description);
  await expect(page.getByText(`已写 ${description.length} / 4000 字`)).toBeVisible();
  await page.getByRole("button", { name: "美团", exact: true }).click();
  await page.getByLabel(/添加照片/).setInputFiles({ name: "receipt.jpg", mimeType: "image/jpeg", buffer: await tinyJpeg() });
  await expect(page.getByRole("img", { name: "第 1 张照片" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await next(page);

  await expectStep(page, "在哪里发生的");
  await expect(page.getByText("底图暂时无法加载")).toBeVisible();
  await expect(page.locator("path.district-outline").first()).toBeVisible();
  await page.locator(".nx-picker").click({ position: { x: 180, y: 150 } });
  await expect(page.getByRole("status").filter({ hasText: "已选择地点（地图点选）" })).toBeVisible();
  await expect(page.locator(".nx-pick")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await next(page);

  await expectStep(page, "联系方式与隐私");
  await consent(page, { phone, photos: 1 });
  await expectNoSeriousA11yViolations(page);
  await next(page);

  await expectStep(page, "检查并提交");
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByText("被拖欠金额（元）：3200")).toBeVisible();
  await expect(page.getByText("1 张照片")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "提交诉求" }).click();

  await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeFocused();
  const reference = (await page.getByTestId("case-reference").textContent())!;
  const secret = (await page.getByTestId("case-secret").textContent())!;
  expect(reference).toMatch(/^JC-/);
  await expect(page.getByText("我们已向您留下的手机号发送了含编号和查询码的短信。")).toBeVisible();
  await page.getByRole("button", { name: /复制\s*受理编号/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "受理编号已复制" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
  // A filed case leaves no draft behind.
  expect(await page.evaluate(() => localStorage.getItem("nuanxin.report-draft.v1"))).toBeNull();

  const stored = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, include: { photos: true } }));
  expect(stored).toMatchObject({ description, channel: "WEB", employer: "美团", anonymous: false, contactPhone: phone, categoryCode: "wages" });
  expect(stored.attributes).toEqual({ amount_owed: 3200 });
  expect(stored.photos).toHaveLength(1);

  // Reference and code go to /track in session storage: neither is in the URL.
  await page.getByRole("button", { name: "查看办理进度" }).click();
  await expect(page).toHaveURL(/\/track$/);
  await expect(page.getByRole("heading", { name: `诉求 ${reference}` })).toBeVisible();
  await expect(page.getByLabel("受理编号")).toHaveValue(reference);
  await expect(page.getByLabel("查询码")).toHaveValue(secret);
  await expect(page.getByLabel("查询码")).toHaveAttribute("autocomplete", "off");
  await expect(page.getByTestId("case-status")).toHaveText("已提交，等待受理");
  await expect(page.locator("[data-event-type=SUBMITTED]")).toContainText("诉求已提交");
  await expect(page.getByRole("img", { name: "第 1 张照片" })).toBeVisible();
  await expect(page.locator("li[aria-current=step]")).toContainText("收集");
  await expectNoSeriousA11yViolations(page);
});

test("a reload in the middle of the form keeps what was typed", async ({ page }) => {
  await page.goto("/report");
  await chooseGroupAndCategory(page, "快递员", "充电");
  await page.getByLabel("请说说发生了什么").fill("驿站的充电柜坏了一个多星期没人修。");
  const key = await page.evaluate(() => JSON.parse(localStorage.getItem("nuanxin.report-draft.v1")!).key as string);
  expect(key).toMatch(/^[A-Za-z0-9_-]{16,}$/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "发生了什么" })).toBeVisible();
  await expect(page.getByLabel("请说说发生了什么")).toHaveValue("驿站的充电柜坏了一个多星期没人修。");
  await page.getByRole("button", { name: "上一步" }).click();
  await expectStep(page, "遇到了什么问题？");
  await expect(page.getByRole("radio", { name: "充电" })).toBeChecked();
  await page.getByRole("button", { name: "上一步" }).click();
  await expect(page.getByRole("radio", { name: "快递员" })).toBeChecked();
  // One draft, one key: the reload did not start a new submission.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("nuanxin.report-draft.v1")!).key)).toBe(key);
});

test("a double tap and a replayed request with the same Idempotency-Key file one case", async ({ page }) => {
  const description = `小区门口不让外卖车进，只能停在马路边。${Date.now()}`;
  await page.goto("/report");
  await chooseGroupAndCategory(page);
  await page.getByLabel("请说说发生了什么").fill(description);
  await next(page);
  await page.getByRole("radio", { name: "选择驿站或场所" }).check();
  const first = page.locator("ul button[aria-pressed]").first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "已选择：" })).toBeVisible();
  await next(page);
  await page.getByLabel(/匿名反映/).check();
  await expect(page.getByLabel("您的姓名")).toHaveCount(0);
  await expect(page.getByText("匿名诉求的手机号只有案件承办人员能看到")).toBeVisible();
  await consent(page, {});
  await next(page);

  let posts = 0;
  page.on("request", (r) => void (r.method() === "POST" && r.url().includes("/api/v1/cases?") && posts++));
  const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/api/v1/cases?"));
  await page.getByRole("button", { name: "提交诉求" }).dblclick();
  await expect(page.getByRole("heading", { name: "诉求已提交" })).toBeVisible();
  const reference = (await page.getByTestId("case-reference").textContent())!;
  const secret = (await page.getByTestId("case-secret").textContent())!;
  expect(posts).toBe(1);

  // The same request again, byte for byte, as a retry after a lost answer would send it.
  const request = await sent;
  const headers = request.headers();
  expect(headers["idempotency-key"]).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  const replay = await page.request.post(request.url(), {
    data: request.postDataBuffer()!,
    headers: { "content-type": headers["content-type"]!, "idempotency-key": headers["idempotency-key"]! },
  });
  expect(replay.status()).toBe(201);
  expect(await replay.json()).toMatchObject({ reference, secret });

  const cases = await withDb((db) => db.case.findMany({ where: { description }, select: { reference: true, placeId: true, anonymous: true, contactName: true } }));
  expect(cases).toHaveLength(1);
  expect(cases[0]).toMatchObject({ reference, anonymous: true, contactName: null });
  expect(cases[0]!.placeId).toBeTruthy();
  const api = await page.request.get(`/api/v1/cases/${reference}`, { headers: { authorization: `Bearer ${secret}` } });
  expect(api.status()).toBe(200);
});

test("a web page named photo.jpg is refused with a message beside the photos", async ({ page }) => {
  await page.goto("/report");
  await chooseGroupAndCategory(page);
  const input = page.getByLabel(/添加照片/);
  await input.setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<!doctype html><html><body>not a photo</body></html>") });
  const error = page.getByRole("alert").filter({ hasText: "只能上传 JPEG、PNG 或 WebP 格式的照片。" });
  await expect(error).toBeVisible();
  expect(await input.getAttribute("aria-describedby")).toContain(await error.getAttribute("id"));
  await expect(page.getByRole("img", { name: /第 \d 张照片/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test.describe("with the worker's location outside Gansu", () => {
  test.use({ geolocation: { latitude: 39.9042, longitude: 116.4074 }, permissions: ["geolocation"] });

  test("the server's field error is shown beside the place, on its step", async ({ page }) => {
    await page.goto("/report");
    await chooseGroupAndCategory(page);
    await page.getByLabel("请说说发生了什么").fill("在外地送货时遇到的问题，想反映一下。");
    await next(page);
    await page.getByRole("radio", { name: "用我的位置" }).check();
    await page.getByRole("button", { name: "获取我现在的位置" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已选择地点（我的位置）" })).toBeVisible();
    await next(page);
    await consent(page, {});
    await next(page);
    await page.getByRole("button", { name: "提交诉求" }).click();
    await expectStep(page, "在哪里发生的");
    await expect(page.getByRole("alert").filter({ hasText: "所选位置不在甘肃省内，请重新选择。" })).toBeVisible();
  });
});

test.describe("near an open case of the same kind", () => {
  test.use({ geolocation: { latitude: 38.5139, longitude: 102.1881 }, permissions: ["geolocation"] });

  test("the worker joins it with 我也遇到 instead of filing again", async ({ page }) => {
    const description = `充电桩附近总有车占位，电动车没法充电。${Date.now()}`;
    const filed = await page.request.post("/api/v1/cases", {
      headers: { "idempotency-key": `e2e-similar-${Date.now()}` },
      data: { category: "charging", worker_group: "courier", description, lat: 38.5137, lng: 102.1879, anonymous: true, consent: PRIVACY_NOTICE_VERSION },
    });
    expect(filed.status()).toBe(201);
    // Only cases staff have reviewed are shown to the public.
    await withDb((db) => db.case.updateMany({ where: { description }, data: { status: "ACCEPTED" } }));

    await page.goto("/report");
    await chooseGroupAndCategory(page, "外卖骑手", "充电");
    await page.getByLabel("请说说发生了什么").fill("充电桩总被占着，没法充电。");
    await next(page);
    await page.getByRole("radio", { name: "用我的位置" }).check();
    await page.getByRole("button", { name: "获取我现在的位置" }).click();
    const similar = page.getByRole("region", { name: /附近已有 \d+ 条类似诉求/ }).or(page.locator("section[aria-labelledby=similar-heading]"));
    await expect(similar).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await similar.getByRole("button", { name: /^我也遇到：充电桩附近总有车占位/ }).click();
    await expect(page.getByRole("heading", { name: "谢谢，已记录“我也遇到”" })).toBeFocused();
    await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
    const supporters = await withDb((db) => db.case.findFirstOrThrow({ where: { description }, select: { supporterCount: true } }));
    expect(supporters.supporterCount).toBe(1);
  });
});
