import { expect, test, type APIRequestContext } from "@playwright/test";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { withDb } from "./support/case-helpers";

/** Files a case through the public API, as the mini program or another front end would. */
async function fileCase(request: APIRequestContext) {
  const res = await request.post("/api/v1/cases", {
    headers: { "idempotency-key": `e2e-track-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: { category: "parking", worker_group: "courier", description: "快递车在小区门口临时停车被贴罚单。", lat: 38.52, lng: 102.19, anonymous: true, consent: PRIVACY_NOTICE_VERSION },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { reference: string; secret: string };
}

test("a wrong tracking code gets the same answer as an unknown reference", async ({ page, request }) => {
  const { reference } = await fileCase(request);
  await page.goto("/track");
  await page.getByLabel("受理编号").fill(reference);
  await page.getByLabel("查询码").fill("not-the-right-code");
  await page.getByRole("button", { name: "查询" }).click();
  const wrong = page.locator("#track-error[role=alert]");
  await expect(wrong).toHaveText("未找到该诉求，请检查受理编号和查询码。");
  await expect(page.getByLabel("受理编号")).toHaveAttribute("aria-describedby", /track-error/);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("受理编号").fill("JC-00000000-0000");
  await page.getByLabel("查询码").fill("not-the-right-code");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.locator("#track-error[role=alert]")).toHaveText("未找到该诉求，请检查受理编号和查询码。");
  await expect(page.getByRole("heading", { name: /^诉求 JC-/ })).toHaveCount(0);
});

test("a resolved case shows the department's reply and is rated from the tracking page, in English too", async ({ page, request }) => {
  const { reference, secret } = await fileCase(request);
  // The staff side of the loop is another screen: put the case where a department left it.
  await withDb(async (db) => {
    const c = await db.case.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    await db.case.update({ where: { id: c.id }, data: { status: "RESOLVED" } });
    await db.caseEvent.create({
      data: { caseId: c.id, type: "RESOLVE", actorKind: "STAFF", public: true, fromStatus: "IN_PROGRESS", toStatus: "RESOLVED", note: "已与物业协商，快递车可在指定区域临时停放。" },
    });
  });

  await page.goto("/en/track");
  await page.getByLabel("Case reference").fill(reference);
  await page.getByLabel("Tracking code").fill(secret);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("case-status")).toHaveText("Resolved, awaiting your rating");
  await expect(page.locator("[data-event-type=RESOLVE]")).toContainText("Reply: 已与物业协商");
  await expect(page.locator("li[aria-current=step]")).toContainText("Resolved");
  await expect(page.getByRole("group", { name: "Are you satisfied with the outcome?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/track");
  await page.getByLabel("受理编号").fill(reference);
  await page.getByLabel("查询码").fill(secret);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.locator("[data-event-type=RESOLVE]")).toContainText("已办结");
  await page.getByRole("radio", { name: "满意", exact: true }).check();
  await page.getByLabel("补充说明（选填）").fill("解决得很快，谢谢。");
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByRole("status").filter({ hasText: "您的评价：满意。谢谢！" })).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("已评价");
  await expect(page.locator("[data-event-type=RATE_SATISFIED]")).toContainText("您已评价");
  const rated = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, select: { rating: true, ratingComment: true } }));
  expect(rated).toEqual({ rating: "SATISFIED", ratingComment: "解决得很快，谢谢。" });
});

test("the worker sees everything they submitted, downloads it, and asks for deletion", async ({ page, request }) => {
  const { reference, secret } = await fileCase(request);
  await page.goto("/track");
  await page.getByLabel("受理编号").fill(reference);
  await page.getByLabel("查询码").fill(secret);
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("button", { name: "查看我提交的信息" }).click();
  const mine = page.getByTestId("my-data");
  await expect(mine).toContainText("快递车在小区门口临时停车被贴罚单。");
  await expect(mine).toContainText("38.52, 102.19");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载数据（JSON 文件）" }).click()]);
  expect(download.suggestedFilename()).toBe(`${reference}.json`);
  expect(page.url()).not.toContain(secret);

  // Still being handled: the worker is told it is deleted once closed, and the request is on the timeline.
  const deletion = page.getByRole("region", { name: "删除我的个人信息" });
  await expect(deletion).toContainText("诉求办结后立即删除");
  await expectNoSeriousA11yViolations(page);
  await deletion.getByRole("button", { name: "申请删除我的个人信息" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请先勾选" })).toBeVisible();
  await deletion.getByLabel("我明白删除后无法恢复").check();
  await deletion.getByRole("button", { name: "申请删除我的个人信息" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已收到您的删除申请" })).toBeVisible();
  const asked = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, select: { deletionRequestedAt: true, events: { select: { type: true } } } }));
  expect(asked.deletionRequestedAt).not.toBeNull();
  expect(asked.events.map((e) => e.type)).toContain("DELETION_REQUESTED");
});
