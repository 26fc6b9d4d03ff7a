import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { chinaDate } from "@/lib/cases/workflow/calendar";
import { caseBody } from "../support/case-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { randomPhone, withDb } from "./support/case-helpers";
import { ADMIN, createUser, signIn } from "./support/users";

const DAY = 86_400_000;
const INTERNAL_NOTE = `内部备注-${randomUUID().slice(0, 8)}：物业经理态度消极`;
const FIRST_REPLY = "已约谈物业公司，骑手可以骑车进入小区。";
const SECOND_REPLY = "物业已在东门设置骑手专用通道。";

async function fileCase(request: APIRequestContext) {
  const res = await request.post("/api/v1/cases", { data: caseBody({ contact_phone: randomPhone() }), headers: { "Idempotency-Key": `e2e-${randomUUID()}` } });
  expect(res.status()).toBe(201);
  const { reference, secret } = (await res.json()) as { reference: string; secret: string };
  const { id } = await withDb((db) => db.case.findUniqueOrThrow({ where: { reference }, select: { id: true } }));
  return { id, reference, secret };
}

async function staffPage(browser: Browser, user: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Opens a command's disclosure, lets `fill` complete it, and submits with the named button. */
async function act(page: Page, id: string, submit: string, fill?: (section: Locator) => Promise<unknown>) {
  const section = page.locator(`#action-${id}`);
  await section.locator("summary").click();
  if (fill) await fill(section);
  await section.getByRole("button", { name: submit, exact: true }).click();
  return section;
}

const expectStage = (page: Page, stage: string) => expect(page.getByTestId("case-stage")).toHaveText(stage);

async function rate(request: APIRequestContext, c: { reference: string; secret: string }, rating: "SATISFIED" | "UNSATISFIED", expected: string) {
  const res = await request.post(`/api/v1/cases/${c.reference}/rating`, { headers: { Authorization: `Bearer ${c.secret}` }, data: { rating } });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { status: string }).status).toBe(expected);
}

test("a grievance goes round the whole loop, with a reopen, and the worker never sees internal notes", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const c = await fileCase(request);
  const [officer, liaison, stranger] = await Promise.all([createUser("OFFICER"), createUser("LIAISON", "HRSS"), createUser("LIAISON", "TRANSPORT")]);

  // The officer finds the case in the inbox and opens it; a second tab keeps the old version.
  const op = await staffPage(browser, officer);
  await op.goto("/admin/cases");
  await expect(op.getByRole("link", { name: c.reference })).toBeVisible();
  await expectNoSeriousA11yViolations(op);
  await op.getByRole("link", { name: c.reference }).click();
  await expect(op).toHaveURL(new RegExp(`/admin/cases/${c.id}$`));
  await expectStage(op, "待受理");
  await expectNoSeriousA11yViolations(op);
  const stale = await op.context().newPage();
  await stale.goto(`/admin/cases/${c.id}`);

  await act(op, "accept", "受理");
  await expectStage(op, "已受理");
  const refused = await act(stale, "accept", "受理");
  await expect(refused.getByRole("alert")).toContainText("此诉求已被他人修改，请刷新后重试");
  await stale.close();

  await act(op, "dispatch", "派单", (s) => s.getByLabel("牵头部门").selectOption({ label: "市人社局" }));
  await expectStage(op, "已派单");

  // The HRSS liaison hears of it, takes it on and calls a joint consultation.
  const lp = await staffPage(browser, liaison);
  await lp.goto("/admin/notifications");
  const notice = lp.getByRole("listitem").filter({ hasText: "有新派单" });
  await expect(notice.getByRole("link", { name: `诉求 ${c.reference}` })).toBeVisible();
  await lp.getByRole("button", { name: "全部标为已读" }).click();
  await expect(lp.getByRole("status").filter({ hasText: "已全部标为已读。" })).toBeVisible();
  await notice.getByRole("link", { name: `诉求 ${c.reference}` }).click();
  await expect(lp).toHaveURL(new RegExp(`/admin/cases/${c.id}$`));
  await act(lp, "sign", "签收");
  await expectStage(lp, "办理中");
  await act(lp, "start_consultation", "启动联席会商");
  await expectStage(lp, "联席会商");

  // The officer records the meeting with one action item, then concludes it.
  await op.reload();
  const today = chinaDate(new Date());
  const consultation = await act(op, "record-consultation", "提交", async (s) => {
    await s.getByLabel("会商时间").fill(`${today}T10:00`);
    await s.getByLabel("市司法局").check();
    await s.getByLabel("参加人员").fill("人社局张科长、司法局李科长");
    await s.getByLabel("会议纪要").fill("就骑手进入小区问题交换意见。");
    await s.getByLabel("会商决定").fill("由人社局牵头约谈物业公司。");
    await s.getByRole("button", { name: "添加一项任务" }).click();
    await s.getByLabel("任务内容").fill("约谈金岸小区物业公司");
    await s.getByLabel("完成期限").fill(chinaDate(new Date(Date.now() + 3 * DAY)));
    await expectNoSeriousA11yViolations(op);
  });
  await expect(consultation.getByRole("status")).toHaveText("已完成。");
  await expect(op.getByRole("cell", { name: "约谈金岸小区物业公司" })).toBeVisible();
  await act(op, "conclude_consultation", "结束联席会商");
  await expectStage(op, "办理中");

  // The liaison asks for more time and leaves an internal note; the officer approves.
  await lp.reload();
  const { dueAt } = await withDb((db) => db.case.findUniqueOrThrow({ where: { id: c.id }, select: { dueAt: true } }));
  await act(lp, "extension", "提交", async (s) => {
    await s.getByLabel("延期理由").fill("需等待物业公司书面答复。");
    await s.getByLabel("申请延至").fill(chinaDate(new Date(dueAt!.getTime() + 5 * DAY)));
  });
  // One pending request at a time: the form goes away and the request is listed.
  await expect(lp.getByRole("region", { name: "延期申请" }).getByText("待审批")).toBeVisible();
  await expect(lp.locator("#action-extension")).toHaveCount(0);
  const note = await act(lp, "note", "提交", (s) => s.getByLabel("内容").fill(INTERNAL_NOTE));
  await expect(note.getByRole("status")).toHaveText("已完成。");
  await op.reload();
  await op.getByRole("button", { name: "批准延期" }).click();
  await expect(op.getByRole("region", { name: "延期申请" }).getByText("已批准")).toBeVisible();

  // 办结 with a public reply; the worker is not satisfied, so it comes back (重办).
  await lp.reload();
  await act(lp, "resolve", "办结", (s) => s.getByLabel("给工人的答复").fill(FIRST_REPLY));
  await expectStage(lp, "已办结");
  await rate(request, c, "UNSATISFIED", "REOPENED");
  await op.reload();
  await expectStage(op, "重办");
  await act(op, "dispatch_reopened", "重办派单");
  await expectStage(op, "已派单");
  await lp.reload();
  await act(lp, "sign", "签收");
  await expectStage(lp, "办理中");
  await act(lp, "resolve", "办结", (s) => s.getByLabel("给工人的答复").fill(SECOND_REPLY));
  await expectStage(lp, "已办结");
  await rate(request, c, "SATISFIED", "EVALUATED");
  await op.reload();
  await act(op, "assess", "成效评估并归档", (s) => s.getByLabel("5 分").check());
  await expectStage(op, "已归档");

  // Every step is on the timeline, in order; internal and public entries are labelled apart.
  const timeline = op.getByTestId("timeline");
  expect(await timeline.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-event")))).toEqual([
    "SUBMITTED", "ACCEPT", "DISPATCH", "SIGN", "START_CONSULTATION", "CONSULTATION_RECORDED", "CONCLUDE_CONSULTATION", "EXTENSION_REQUESTED",
    "INTERNAL_NOTE", "EXTENSION_APPROVED", "RESOLVE", "RATE_UNSATISFIED_REOPEN", "DISPATCH_REOPENED", "SIGN", "RESOLVE", "RATE_SATISFIED", "ASSESS",
  ]);
  const internal = timeline.locator("li[data-event=INTERNAL_NOTE]");
  await expect(internal).toContainText("内部");
  await expect(internal).toContainText(INTERNAL_NOTE);
  await expect(timeline.locator("li[data-event=RESOLVE]").first()).toContainText("对工人公开");
  await expectNoSeriousA11yViolations(op);

  // The worker's views: the API and the tracking page show the replies but never the note.
  const api = await request.get(`/api/v1/cases/${c.reference}`, { headers: { Authorization: `Bearer ${c.secret}` } });
  expect(api.status()).toBe(200);
  const body = await api.text();
  expect(body).toContain(FIRST_REPLY);
  expect(body).not.toContain(INTERNAL_NOTE);
  const worker = await (await browser.newContext()).newPage();
  await worker.goto("/track");
  await worker.locator("#track-reference").fill(c.reference);
  await worker.locator("#track-secret").fill(c.secret);
  await worker.getByRole("button", { name: "查询", exact: true }).click();
  await expect(worker.getByText(SECOND_REPLY)).toBeVisible();
  expect(await worker.content()).not.toContain(INTERNAL_NOTE);

  // A liaison of another department gets the not-found page, as for a case that does not exist.
  const sp = await staffPage(browser, stranger);
  const response = await sp.goto(`/admin/cases/${c.id}`);
  expect(response?.status()).toBe(404);
  await expect(sp.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(sp.getByText(c.reference)).toHaveCount(0);
});

test("the inbox keeps filters in the URL, shows a board and saves views", async ({ browser, request }) => {
  const c = await fileCase(request);
  const op = await staffPage(browser, await createUser("OFFICER"));
  await op.goto("/admin/cases");
  await op.getByRole("search").getByLabel(/^待受理/).check();
  await op.getByLabel("搜索受理编号或诉求内容").fill(c.reference);
  await op.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(op).toHaveURL(/status=SUBMITTED/);
  await expect(op.getByRole("link", { name: c.reference })).toBeVisible();
  await expect(op.getByRole("row")).toHaveCount(2);

  await op.getByLabel("视图名称").fill("待受理的这一件");
  await op.getByRole("button", { name: "保存当前筛选为视图" }).click();
  await expect(op.getByRole("status").filter({ hasText: "视图已保存。" })).toBeVisible();
  await op.goto("/admin/cases");
  await op.getByRole("link", { name: "待受理的这一件" }).click();
  await expect(op).toHaveURL(new RegExp(`q=${c.reference}`));
  await expect(op.getByRole("link", { name: c.reference })).toBeVisible();

  await op.getByRole("navigation", { name: "显示方式" }).getByRole("link", { name: "看板" }).click();
  await expect(op).toHaveURL(/view=board/);
  const column = op.getByRole("region", { name: /^待受理/ });
  await expect(column.getByRole("link", { name: c.reference })).toBeVisible();
  await expectNoSeriousA11yViolations(op);

  // A viewer reads the case but gets no forms; settings are for ADMIN only.
  const vp = await staffPage(browser, await createUser("VIEWER"));
  await vp.goto(`/admin/cases/${c.id}`);
  await expect(vp.getByText("您的角色只能查看，不能办理诉求。")).toBeVisible();
  await expect(vp.getByRole("main").locator("form")).toHaveCount(0);
  expect((await op.goto("/admin/settings"))?.status()).toBe(403);
});

test("ADMIN edits deadline rules, the working-day calendar and canned replies", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/settings?year=2030");
  await expect(page.getByText("2030 年还没有登记节假日或调休日。")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const rule = page.getByRole("form", { name: "添加或修改一条规则" });
  await rule.getByLabel("问题类型").selectOption({ label: "技能培训" });
  await rule.getByLabel("优先级").selectOption({ label: "紧急" });
  await rule.getByLabel("阶段").selectOption({ label: "受理" });
  await rule.getByLabel("期限").fill("2");
  await rule.getByLabel("单位").selectOption({ label: "小时" });
  await rule.getByRole("button", { name: "保存规则" }).click();
  const row = page.getByRole("table", { name: "现有期限规则" }).getByRole("row", { name: /技能培训/ });
  await expect(row.getByLabel("期限：技能培训 · 受理 · 紧急")).toHaveValue("2");
  await row.getByRole("button", { name: "删除规则：技能培训 · 受理 · 紧急" }).click();
  await expect(row).toHaveCount(0);

  const day = page.getByRole("form", { name: "添加日期" });
  await day.getByLabel("日期").fill("2030-01-01");
  await day.getByLabel("中文名称").fill("元旦");
  await day.getByLabel("英文名称").fill("New Year's Day");
  await day.getByRole("button", { name: "添加", exact: true }).click();
  await expect(page.getByRole("rowheader", { name: "2030-01-01", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "删除 2030-01-01" }).click();
  await expect(page.getByText("2030 年还没有登记节假日或调休日。")).toBeVisible();

  const title = `测试回复-${randomUUID().slice(0, 6)}`;
  const reply = page.getByRole("form", { name: "添加常用回复" });
  await reply.getByLabel("适用阶段").selectOption({ label: "已归档" });
  await reply.getByLabel("中文标题").fill(title);
  await reply.getByLabel("英文标题").fill("Test reply");
  await reply.getByLabel("中文内容").fill("测试内容。");
  await reply.getByLabel("英文内容").fill("Test text.");
  await reply.getByRole("button", { name: "添加", exact: true }).click();
  const item = page.getByRole("listitem").filter({ hasText: title });
  await item.locator("summary").click();
  await item.getByRole("button", { name: `删除“${title}”` }).click();
  await expect(item).toHaveCount(0);

  // Every change above is on record, newest first, with who made it.
  const history = page.getByRole("table", { name: "最近的设置修改" });
  await expect(history.getByRole("row", { name: /期限规则: 技能培训 · 受理 · 紧急/ }).first()).toContainText("删除：2 小时");
  await expect(history.getByRole("row", { name: /节假日和调休: 2030-01-01/ }).last()).toContainText("新增：节假日（休息） 元旦");
  await expect(history.getByRole("row", { name: new RegExp(`常用回复: ${title}`) }).first()).toContainText(`删除：${title}`);
  await expectNoSeriousA11yViolations(page);
});
