import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chaseCase } from "@/lib/cases/workflow/mutations/chase";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { signCase } from "@/lib/cases/workflow/mutations/dispatch";
import { staffEmail } from "@/lib/jobs/notification-text";
import { answerSupervisionOrder, openSupervisionOrder } from "@/lib/cases/workflow/mutations/supervision";
import { resolveCase } from "@/lib/cases/workflow/mutations/resolution";
import { addWorkingDays } from "@/lib/cases/workflow/calendar";
import { loadCalendarOverrides } from "@/lib/cases/workflow/data";
import { deadlineTimerTimes } from "@/lib/jobs/deadlines";
import { fireSupervisionTimer } from "@/lib/jobs/fire-supervision-timer";
import { inboxWhere } from "@/lib/cases/inbox/data";
import { parseInboxFilter } from "@/lib/cases/inbox/schema";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { workflowFixtures } from "../support/workflow-fixtures";

/** The officers' steering commands: 催办 by hand (and, below, 督办 orders). */
const db = testDb();
const fixtures = workflowFixtures(db, { ip: "10.3.0.7", phone: "13812345677" });
const { createStaff, fileCase, version } = fixtures;
let hrss: string, justice: string;
let officer: StaffActor, liaison: StaffActor, head: StaffActor, assistant: StaffActor;

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
  const departments = await db.department.findMany({ where: { code: { in: ["HRSS", "JUSTICE"] } } });
  const id = (code: string) => departments.find((d) => d.code === code)!.id;
  [hrss, justice] = [id("HRSS"), id("JUSTICE")];
  officer = await createStaff("OFFICER", null);
  liaison = await createStaff("LIAISON", hrss);
  assistant = await createStaff("LIAISON", justice);
  head = await createStaff("OFFICER", hrss);
  await db.user.update({ where: { id: head.userId }, data: { isDepartmentHead: true } });
});
afterAll(() => db.$disconnect());

const dispatched = () => fixtures.dispatchedCase(officer, hrss, [justice]);
/** Who got an in-app notification of `kind` on the case, one entry per row. */
const notified = async (caseId: string, kind: string) =>
  (await db.notification.findMany({ where: { caseId, kind, channel: "IN_APP" }, select: { userId: true } })).map((n) => n.userId!).sort();
/** Everyone the lead department's chase should reach: its liaisons and its head, as the database has them now. */
const leadAndHead = async () =>
  (await db.user.findMany({ where: { active: true, departmentId: hrss, OR: [{ role: "LIAISON" }, { isDepartmentHead: true }] }, select: { id: true } })).map((u) => u.id).sort();

describe("催办 by an officer", () => {
  it("counts the chase, puts it on the internal timeline and tells the lead's liaisons and head once each", async () => {
    const c = await dispatched();
    expect(await chaseCase(officer, { caseId: c.id, note: "工人多次来电，请今日内联系" })).toEqual({ chaseCount: 1 });
    await signCase(liaison, { caseId: c.id, version: await version(c.id) });
    expect(await chaseCase(officer, { caseId: c.id, note: "仍未办理，请加快" })).toEqual({ chaseCount: 2 });

    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).chaseCount).toBe(2);
    const events = await db.caseEvent.findMany({ where: { caseId: c.id, type: "OFFICER_CHASE" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => ({ public: e.public, note: e.note, actorId: e.actorId, payload: e.payload }))).toEqual([
      { public: false, note: "工人多次来电，请今日内联系", actorId: officer.userId, payload: { chaseCount: 1, stage: "DISPATCHED" } },
      { public: false, note: "仍未办理，请加快", actorId: officer.userId, payload: { chaseCount: 2, stage: "IN_PROGRESS" } },
    ]);
    const recipients = await leadAndHead();
    expect(recipients).toContain(head.userId);
    expect(recipients).toContain(liaison.userId);
    // Two chases: each recipient twice, the assisting department and the officer never.
    expect(await notified(c.id, "officer_chase")).toEqual([...recipients, ...recipients].sort());
    expect(await notified(c.id, "officer_chase")).not.toContain(assistant.userId);
    // One e-mail per recipient per chase, each queued as a send_notification job.
    const emails = await db.notification.findMany({ where: { caseId: c.id, kind: "officer_chase", channel: "EMAIL" }, select: { id: true, payload: true } });
    expect(emails).toHaveLength(recipients.length * 2);
    const jobs = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE payload->>'notificationId' = ANY(${emails.map((e) => e.id)})`;
    expect(Number(jobs[0]!.n)).toBe(emails.length);
    // The e-mail says which case, its category and stage, what is expected and by when.
    const mail = staffEmail("officer_chase", c.reference, c.id, emails[0]!.payload as Record<string, unknown>, "x@test");
    expect(mail.subject).toContain(c.reference);
    const category = await db.caseCategory.findUniqueOrThrow({ where: { code: "entry_access" } });
    expect(mail.text).toContain(category.nameZh);
    expect(mail.text).toMatch(/当前阶段：(已派单|办理中)/);
    expect(mail.text).toContain("办理期限");
    expect(mail.text).toMatch(/The hotline office chases case/);
  });

  it("is refused while the case is not with a department, and writes nothing", async () => {
    const c = await fileCase();
    await expect(chaseCase(officer, { caseId: c.id, note: "催" })).rejects.toMatchObject({ code: "not_chaseable" });
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "OFFICER_CHASE" } })).toBe(0);
    expect(await db.notification.count({ where: { caseId: c.id, kind: "officer_chase" } })).toBe(0);
  });

  it("is an officer's command: a lead liaison is forbidden", async () => {
    const c = await dispatched();
    await expect(chaseCase(liaison, { caseId: c.id, note: "催" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("督办 orders", () => {
  it("are numbered per year, notify the lead once, block 办结 until the lead department answers", async () => {
    const c = await dispatched();
    await signCase(liaison, { caseId: c.id, version: await version(c.id) });
    const now = new Date();
    const first = await openSupervisionOrder(officer, { caseId: c.id, reason: "群众反映强烈", orderedBy: "分管副市长", replyWorkingDays: 3 }, now);
    const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(now));
    expect(first.number).toBe(`督〔${year}〕第${String(first.seq).padStart(4, "0")}号`);
    expect(first.dueAt.toISOString()).toBe(addWorkingDays(now, 3, await loadCalendarOverrides()).toISOString());
    const second = await openSupervisionOrder(officer, { caseId: c.id, reason: "再次督办", replyWorkingDays: 1 }, now);
    expect(second.seq).toBe(first.seq + 1);
    const recipients = await leadAndHead();
    expect(await notified(c.id, "supervision_opened")).toEqual([...recipients, ...recipients].sort());
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "SUPERVISION_OPENED", public: false } })).toBe(2);

    const resolve = async () => resolveCase(liaison, { caseId: c.id, version: await version(c.id), outcome: "RESOLVED", reply: "已解决。" });
    await expect(resolve()).rejects.toMatchObject({ code: "supervision_unanswered" });
    // 督办反馈 is the lead department's: the assisting department cannot see it as its own, an officer may not write it.
    await expect(answerSupervisionOrder(assistant, { orderId: first.id, answer: "协办回复" })).rejects.toMatchObject({ code: "not_found" });
    await expect(answerSupervisionOrder(officer, { orderId: first.id, answer: "代答" })).rejects.toMatchObject({ code: "forbidden" });
    await answerSupervisionOrder(liaison, { orderId: first.id, answer: "已约谈物业，限期整改" });
    // Answered once: a second answer is a conflict, not an overwrite.
    await expect(answerSupervisionOrder(liaison, { orderId: first.id, answer: "改写" })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.supervisionOrder.findUniqueOrThrow({ where: { id: first.id } })).answer).toBe("已约谈物业，限期整改");
    expect(await notified(c.id, "supervision_answered")).toEqual([officer.userId]);
    await expect(resolve()).rejects.toMatchObject({ code: "supervision_unanswered" });
    await answerSupervisionOrder(liaison, { orderId: second.id, answer: "已整改完毕" });
    await resolve();
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RESOLVED");
    // The inbox's 督办件 filter finds it; an unsupervised case it does not.
    const plain = await dispatched();
    const found = await db.case.findMany({ where: { AND: [inboxWhere(parseInboxFilter({ supervised: "1" }), null, new Date()), { id: { in: [c.id, plain.id] } }] }, select: { id: true } });
    expect(found.map((r) => r.id)).toEqual([c.id]);
  });

  it("are reminded, chased and escalated on the working-day calendar until answered", async () => {
    const c = await dispatched();
    // A Friday in China: three working days later skips the weekend.
    const friday = new Date("2026-03-06T02:00:00Z");
    const order = await openSupervisionOrder(officer, { caseId: c.id, reason: "超期未办", replyWorkingDays: 3 }, friday);
    expect(order.dueAt.toISOString()).toBe("2026-03-11T15:59:59.999Z");
    const overrides = await loadCalendarOverrides();
    const times = deadlineTimerTimes(order.dueAt, overrides);
    const keys = ["reminder", "chase", "escalate"].map((t) => `supervision:${order.id}:${t}`);
    const jobs = await db.$queryRaw<{ key: string; run_at: Date }[]>`SELECT key, run_at FROM graphile_worker.jobs WHERE key = ANY(${keys})`;
    expect(Object.fromEntries(jobs.map((j) => [j.key.split(":")[2], new Date(j.run_at).toISOString()]))).toEqual({
      reminder: times.reminder.toISOString(), chase: "2026-03-12T01:00:00.000Z", escalate: "2026-03-13T01:00:00.000Z",
    });
    const payload = { orderId: order.id, dueAt: order.dueAt.toISOString() };
    expect(await fireSupervisionTimer("escalate", payload)).toBe("fired");
    expect(await fireSupervisionTimer("escalate", payload)).toBe("skipped");
    const heads = (await db.user.findMany({ where: { active: true, departmentId: hrss, isDepartmentHead: true }, select: { id: true } })).map((u) => u.id);
    const officers = (await db.user.findMany({ where: { active: true, role: "OFFICER" }, select: { id: true } })).map((u) => u.id);
    expect(await notified(c.id, "supervision_escalation")).toEqual([...new Set([...heads, ...officers])].sort());
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "SUPERVISION_ESCALATION" } })).toBe(1);
    // Once answered, its timers are gone and a late run does nothing.
    await answerSupervisionOrder(liaison, { orderId: order.id, answer: "已反馈" });
    expect(await db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE key = ANY(${keys})`).toEqual([]);
    expect(await fireSupervisionTimer("chase", payload)).toBe("skipped");
  });

  it("may be opened by an ADMIN, not by a liaison", async () => {
    const c = await dispatched();
    const admin = await createStaff("ADMIN", null);
    await expect(openSupervisionOrder(admin, { caseId: c.id, reason: "领导批示", replyWorkingDays: 2 })).resolves.toMatchObject({ caseId: c.id });
    await expect(openSupervisionOrder(liaison, { caseId: c.id, reason: "x", replyWorkingDays: 2 })).rejects.toMatchObject({ code: "forbidden" });
  });
});
