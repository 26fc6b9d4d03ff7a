import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chaseCase } from "@/lib/cases/workflow/mutations/chase";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { signCase } from "@/lib/cases/workflow/mutations/dispatch";
import { staffEmail } from "@/lib/jobs/notification-text";
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
