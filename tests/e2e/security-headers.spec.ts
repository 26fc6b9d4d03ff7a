import { expect, test } from "@playwright/test";
import { blockTiles } from "./support/case-helpers";
import { expectNoncedPolicy, watchCsp } from "./support/csp";

test.beforeEach(async ({ page }) => {
  await blockTiles(page);
});

test("the map page and the report form run under a nonce-based CSP without a violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await expectNoncedPolicy(page, "/");
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon, .leaflet-marker-pane > *").first()).toBeAttached();
  await expectNoncedPolicy(page, "/report");
  await page.getByRole("radio", { name: "外卖骑手" }).check();
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "遇到了什么问题？" })).toBeVisible();
  await page.goto("/track");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("pages refuse other methods with 405 and an Allow header; TRACE too", async ({ request }) => {
  for (const [method, path] of [["PUT", "/"], ["DELETE", "/admin/users"], ["PATCH", "/places/x"], ["POST", "/track"], ["TRACE", "/"]] as const) {
    const r = await request.fetch(path, { method, maxRedirects: 0 });
    expect(r.status(), `${method} ${path}`).toBe(405);
    expect(r.headers()["allow"]).toBe("GET, HEAD, POST");
  }
  const r = await request.fetch("/en/report", { method: "PUT" });
  expect(await r.text()).toContain("does not accept");
});

test("a public form's server action refuses a 10 MB body with 413", async ({ request }) => {
  const boundary = "----e2e";
  const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_reference"\r\n\r\n`), Buffer.alloc(10 * 1024 * 1024, 97), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const r = await request.post("/track", { headers: { "Next-Action": "0".repeat(42), "Content-Type": `multipart/form-data; boundary=${boundary}` }, data: body });
  expect(r.status()).toBe(413);
  expect(await r.text()).toContain("最多 1 MB");
});

test("a forged X-Forwarded-Host never reaches the feeds' links", async ({ request }) => {
  const r = await request.get("/api/places.geojson?bbox=102.16,38.49,102.2,38.53", { headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } });
  expect(r.ok()).toBe(true);
  const text = await r.text();
  expect(text).not.toContain("evil.example");
  expect(text).toContain("http://127.0.0.1:");
});

test("CSP reports are accepted and counted, and junk is refused", async ({ request }) => {
  const ok = await request.post("/api/csp-report", { headers: { "Content-Type": "application/csp-report" }, data: JSON.stringify({ "csp-report": { "effective-directive": "img-src" } }) });
  expect(ok.status()).toBe(204);
  const bad = await request.post("/api/csp-report", { headers: { "Content-Type": "application/json" }, data: "not json" });
  expect(bad.status()).toBe(400);
  const big = await request.post("/api/csp-report", { headers: { "Content-Type": "application/json" }, data: "x".repeat(100_000) });
  expect(big.status()).toBe(413);
});
