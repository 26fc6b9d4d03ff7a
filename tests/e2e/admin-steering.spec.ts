import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { caseBody } from "../support/case-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { randomPhone, withDb } from "./support/case-helpers";
import { createUser, signIn } from "./support/users";

async function fileCase(request: APIRequestContext) {
  const res = await request.post("/api/v1/cases", { data: caseBody({ contact_phone: randomPhone() }), headers: { "Idempotency-Key": `e2e-${randomUUID()}` } });
  expect(res.status()).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  const { id } = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, select: { id: true } }));
  return { id, reference };
}

async function staffPage(browser: Browser, user: { email: string; password: string }) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await signIn(page, user);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

async function act(page: Page, id: string, submit: string, fill?: (section: Locator) => Promise<unknown>) {
  const section = page.locator(`#action-${id}`);
  await section.locator("summary").click();
  if (fill) await fill(section);
  await section.getByRole("button", { name: submit, exact: true }).click();
  return section;
}

test("an officer chases and supervises a case; the lead liaison answers the order before resolving", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const c = await fileCase(request);
  const [officer, liaison] = await Promise.all([createUser("OFFICER"), createUser("LIAISON", "HRSS")]);
  const op = await staffPage(browser, officer);
  await op.goto(`/admin/cases/${c.id}`);
  await act(op, "accept", "受理");
  await expect(op.getByTestId("case-stage")).toHaveText("已受理");
  await act(op, "dispatch", "派单", (s) => s.getByLabel("牵头部门").selectOption({ label: "市人社局" }));
  await expect(op.getByTestId("case-stage")).toHaveText("已派单");

  // 催办: counted on the case page.
  const chase = await act(op, "chase", "催办", (s) => s.getByLabel("催办意见").fill("工人多次来电，请今日内联系"));
  await expect(chase.getByRole("status")).toHaveText("已完成。");
  await op.reload();
  await expect(op.getByTestId("chase-count")).toHaveText("已催办 1 次");

  // 督办: numbered, with a leader and a reply deadline.
  const order = await act(op, "supervise", "发起督办", async (s) => {
    await s.getByLabel("督办事由").fill("群众反映强烈，请限期解决");
    await s.getByLabel("批示领导").fill("分管副市长");
    await s.getByLabel("反馈期限（工作日）").fill("3");
  });
  await expect(order.getByRole("status")).toHaveText("已完成。");
  await op.reload();
  const supervision = op.getByTestId("supervision");
  await expect(supervision.getByTestId("supervision-order")).toContainText(/督〔\d{4}〕第\d{4}号/);
  await expect(supervision).toContainText("待反馈");
  await expect(op.getByTestId("supervision-flag")).toHaveText("督办待反馈");
  await expectNoSeriousA11yViolations(op);
  await op.screenshot({ path: "/tmp/steer-case-officer.png", fullPage: true });

  // The liaison hears of it, signs, cannot resolve yet, answers, then resolves.
  const lp = await staffPage(browser, liaison);
  await lp.goto("/admin/notifications");
  await expect(lp.getByRole("listitem").filter({ hasText: "诉求被督办，请按期反馈" })).toBeVisible();
  await expect(lp.getByRole("listitem").filter({ hasText: "热线办催办，请尽快办理" })).toBeVisible();
  await lp.goto(`/admin/cases/${c.id}`);
  await act(lp, "sign", "签收");
  await expect(lp.getByTestId("case-stage")).toHaveText("办理中");
  const blocked = await act(lp, "resolve", "办结", async (s) => {
    await s.getByLabel("给工人的答复").fill("已解决。");
  });
  await expect(blocked.getByRole("alert")).toContainText("督办尚未反馈");
  const answer = lp.getByTestId("supervision-order");
  await answer.getByLabel("督办反馈").fill("已约谈物业，限期整改");
  await answer.getByRole("button", { name: "提交督办反馈" }).click();
  // Once answered the form gives way to the answer itself.
  await expect(lp.getByTestId("supervision")).toContainText("已反馈");
  await expect(answer).toContainText("已约谈物业，限期整改");
  await lp.screenshot({ path: "/tmp/steer-case-liaison.png", fullPage: true });

  // The officer finds it under the inbox's 督办件 filter.
  await op.goto("/admin/cases?supervised=1");
  await expect(op.getByRole("link", { name: c.reference })).toBeVisible();
});
