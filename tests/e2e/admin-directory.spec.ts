import { randomUUID } from "node:crypto";
import { devices, expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import sharp from "sharp";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { tinyJpeg, withDb } from "./support/case-helpers";
import { placeWithMicrowave, reportBrokenMicrowave } from "./support/place-helpers";
import { createUser, signIn } from "./support/users";

test("a rider's broken-microwave report reaches the staff queue, and staff mark it fixed", async ({ page, browser, request }) => {
  const place = await placeWithMicrowave(request);
  const description = `微波炉坏了 ${randomUUID().slice(0, 8)}`;
  // Repeated reports of one problem merge into the open item (keeping its first text): start from none open.
  await withDb((db) => db.placeReport.updateMany({ where: { placeId: place.id, status: "OPEN" }, data: { status: "DISMISSED" } }));
  // The rider, on a phone, not signed in.
  const phone = await browser.newContext({ ...devices["Pixel 7"], baseURL: test.info().project.use.baseURL });
  await reportBrokenMicrowave(await phone.newPage(), place.id, description, await tinyJpeg());
  await phone.close();

  await signIn(page, await createUser("OFFICER", "SWD"));
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/places/reports");
  const item = page.getByRole("listitem").filter({ hasText: description });
  await expect(item).toContainText(place.name);
  await expect(item).toContainText("设施坏了");
  await expect(item).toContainText("微波炉");
  await expect(item.getByRole("img", { name: /骑手为.*上传的照片/ })).toBeVisible();
  expect(await item.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  await item.getByRole("button", { name: "标记已处理" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已标记为已处理。" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: description })).toHaveCount(0);
  const report = await withDb((db) => db.placeReport.findFirstOrThrow({ where: { description } }));
  expect(report.status).toBe("FIXED");

  // The place's history says who resolved it.
  await page.goto(`/admin/places/${place.id}`);
  await expect(page.getByRole("region", { name: "修改记录" }).getByText("反馈已处理").first()).toBeVisible();
});

test("staff find a place, edit it, verify it, and read the change as a field diff", async ({ page }) => {
  await signIn(page, await createUser("OFFICER", "SWD"));
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/places");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("驿站与场所名录");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("类型").selectOption({ label: "司机之家" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/kind=DRIVER_HOME/);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/places\/[a-z0-9]+$/);

  const phone = `0935-${String(Date.now()).slice(-7)}`;
  const form = page.getByRole("form", { name: "编辑地点信息" });
  await form.getByLabel("联系电话").fill(phone);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
  const history = page.getByRole("region", { name: "修改记录" });
  await expect(history.getByRole("listitem").first()).toContainText("编辑");
  await expect(history.getByRole("listitem").first()).toContainText(phone);

  await page.getByRole("button", { name: "今天已核实" }).click();
  await expect(page.getByText(/^最后核实：\d{4}-\d{2}-\d{2}$/)).toBeVisible();
  await expect(history.getByRole("listitem").first()).toContainText("核实");
});

test("staff import a CSV after a dry run that lists each wrong row", async ({ page }) => {
  await signIn(page, await createUser("OFFICER", "SWD"));
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/places/import");
  const name = `导入测试驿站${randomUUID().slice(0, 6)}`;
  const header = "name_zh,kind,address_zh,district,lat,lng,facilities,is_24h,hours";
  const good = `${name},WORKER_STATION,金川区测试路9号,金川区,38.5301,102.2002,charging;toilet,0,1-5 08:00-20:00; 1-7 22:00-06:00`;
  const upload = (lines: string[]) =>
    page.getByLabel("导入文件", { exact: true }).setInputFiles({ name: "places.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n")) });

  await upload([good, "缺坐标驿站,WORKER_STATION,某路,金川区,,,,0,"]);
  await page.getByRole("radio", { name: /GCJ-02/ }).check();
  await page.getByRole("button", { name: "检查（试运行）" }).click();
  await expect(page.getByText("共 2 行，1 行无误，发现 1 处问题。")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "缺坐标驿站" })).toContainText("坐标无效");
  await expect(page.getByRole("button", { name: /确认导入/ })).toHaveCount(0);

  await upload([good]);
  await page.getByRole("button", { name: "检查（试运行）" }).click();
  await expect(page.getByText("全部无误，可以导入。")).toBeVisible();
  await page.getByRole("button", { name: "确认导入 1 个地点" }).click();
  await expect(page.getByText("已导入 1 个地点。")).toBeVisible();
  const imported = await withDb((db) => db.place.findFirstOrThrow({ where: { nameZh: name }, include: { changes: true } }));
  expect(imported).toMatchObject({ sourceDatum: "GCJ02", district: "JINCHUAN" });
  expect(imported.changes.map((c) => c.action)).toEqual(["IMPORT"]);
});

test("the export needs a staff session and gives CSV or GeoJSON", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const denied = await anonymous.get("/api/admin/places/export?format=csv");
  expect(denied.status()).toBe(401);
  expect(await denied.json()).toEqual({ error: { code: "unauthenticated" } });
  await anonymous.dispose();

  await signIn(page, await createUser("VIEWER"));
  await expect(page).toHaveURL(/\/admin$/);
  const csv = await page.request.get("/api/admin/places/export?format=csv&district=YONGCHANG");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0]).toBe("name_zh,name_en,kind,address_zh,district,subdistrict,lat,lng,facilities,phone,organization,is_24h,hours,id,status,last_verified");
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.slice(1).every((l) => l.includes(",YONGCHANG,"))).toBe(true);
  const geo = await (await page.request.get("/api/admin/places/export?format=geojson")).json();
  expect(geo.type).toBe("FeatureCollection");
  expect(geo.features[0].geometry.type).toBe("Point");

  const merchant = await createUser("MERCHANT");
  await page.getByRole("button", { name: "退出登录" }).click();
  await signIn(page, merchant);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  expect((await page.request.get("/api/admin/places/export?format=csv")).status()).toBe(403);
});

test("the friendly-venue poster is A4 with a QR code that opens the place's page", async ({ page, request, baseURL }) => {
  const place = await placeWithMicrowave(request);
  await page.goto(`/places/${place.id}/poster`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(place.name);
  await expect(page.locator("[data-facility=microwave]")).toContainText("微波炉");
  const qr = page.getByRole("img", { name: `${place.name}的二维码，扫码打开地点页面` });
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(`${baseURL}/places/${place.id}`);
  expect(await page.locator("style").allTextContents()).toContainEqual(expect.stringContaining("size: A4"));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印海报" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expectNoSeriousA11yViolations(page);
});

test("a photo staff upload shows on the place's public page, resized for the phone, without JavaScript", async ({ page, browser, request }) => {
  const place = await placeWithMicrowave(request);
  await signIn(page, await createUser("OFFICER", "SWD"));
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/places/${place.id}`);
  const big = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 30, g: 120, b: 60 } } }).jpeg().toBuffer();
  await page.getByLabel(/选择照片/).setInputFiles({ name: "entrance.jpg", mimeType: "image/jpeg", buffer: big });
  await page.getByRole("button", { name: "上传照片" }).click();
  await expect(page.getByText("照片已上传。")).toBeVisible();

  const phone = await browser.newContext({ ...devices["Pixel 7"], javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const rider = await phone.newPage();
  await rider.goto(`/places/${place.id}`);
  const photo = rider.getByRole("img", { name: `${place.name}的照片 1` });
  await photo.scrollIntoViewIfNeeded();
  expect(await photo.getAttribute("srcset")).toContain(`/_next/image?url=${encodeURIComponent("/api/place-photos/")}`);
  // The optimizer sends a copy sized for a 412 px wide screen, not the 1,600 px upload.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThan(1600);
  await phone.close();
});
