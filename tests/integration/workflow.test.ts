import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays } from "@/lib/cases/workflow/calendar";
import { getCaseAssignment } from "@/lib/cases/detail/data";
import { concludeConsultation, recordConsultation, startConsultation } from "@/lib/cases/workflow/mutations/consultation";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { dispatchCase, returnCase, signCase } from "@/lib/cases/workflow/mutations/dispatch";
import { decideExtension, requestExtension } from "@/lib/cases/workflow/mutations/extension";
import { acceptCase } from "@/lib/cases/workflow/mutations/acceptance";
import { addCaseNote } from "@/lib/cases/workflow/mutations/notes";
import { resolveCase } from "@/lib/cases/workflow/mutations/resolution";
import { rateCase, trackCase } from "@/lib/cases/tracking/track-and-rate";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { workflowFixtures } from "../support/workflow-fixtures";
import { loadCalendarOverrides } from "@/lib/cases/workflow/data";

const db = testDb();
const fixtures = workflowFixtures(db);
const { ip, createStaff, fileCase, version } = fixtures;
const DAY = 86_400_000;
let hrss: string;
let justice: string;
let officer: StaffActor;
let liaison: StaffActor;
let otherLiaison: StaffActor;

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  process.env.TRACK_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
  const departments = await db.department.findMany({ where: { code: { in: ["HRSS", "JUSTICE", "TRANSPORT"] } } });
  const id = (code: string) => departments.find((d) => d.code === code)!.id;
  hrss = id("HRSS");
  justice = id("JUSTICE");
  officer = await createStaff("OFFICER", null);
  liaison = await createStaff("LIAISON", hrss);
  otherLiaison = await createStaff("LIAISON", id("TRANSPORT"));
});
afterAll(() => db.$disconnect());

const current = (caseId: string) => db.case.findUniqueOrThrow({ where: { id: caseId } });
const caseDepartmentIds = async (caseId: string) => [...((await getCaseAssignment(caseId))?.departmentIds ?? [])];

/** A filed case taken through 受理 and 派单 to HRSS (with JUSTICE assisting). */
const dispatchedCase = (now = new Date()) => fixtures.dispatchedCase(officer, hrss, [justice], now);

describe("the closed loop", () => {
  it("runs accept → dispatch → sign → consultation → extension → resolve, then reopens on 不满意", async () => {
    const c = await fileCase();
    await acceptCase(officer, { caseId: c.id, version: 0, category: "entry_access", priority: "NORMAL" });
    expect(await current(c.id)).toMatchObject({ status: "ACCEPTED", version: 1, priority: "NORMAL" });

    // 派单: the NORMAL/RESOLVE rule is 5 working days, ending at 23:59:59.999 China time.
    const now = new Date();
    const { dueAt } = await dispatchCase(officer, { caseId: c.id, version: 1, leadDepartmentId: hrss, assistingDepartmentIds: [justice] }, now);
    const expectedDue = addWorkingDays(now, 5, await loadCalendarOverrides());
    expect(dueAt.toISOString()).toBe(expectedDue.toISOString());
    expect(new Date(expectedDue.getTime() + 1).toISOString()).toMatch(/T16:00:00\.000Z$/);
    expect(await current(c.id)).toMatchObject({ status: "DISPATCHED", leadDepartmentId: hrss, dueAt: expectedDue });
    expect((await caseDepartmentIds(c.id)).sort()).toEqual([hrss, justice].sort());

    await signCase(liaison, { caseId: c.id, version: 2 });
    await startConsultation(liaison, { caseId: c.id, version: 3 });
    expect((await current(c.id)).status).toBe("CONSULTATION");

    // 结束会商 is refused until the meeting's decisions are on record.
    await expect(concludeConsultation(officer, { caseId: c.id, version: 4 })).rejects.toMatchObject({ code: "decisions_required" });
    const itemDue = new Date(now.getTime() + 3 * DAY);
    await recordConsultation(officer, {
      caseId: c.id,
      heldAt: now,
      departmentIds: [hrss, justice],
      participants: "人社局张科长，司法局李科长",
      minutes: "双方就外卖骑手进小区问题交换意见。",
      decisions: "由人社局牵头约谈物业公司。",
      actionItems: [{ ownerDepartmentId: hrss, description: "约谈物业公司", dueAt: itemDue }],
    });
    await concludeConsultation(officer, { caseId: c.id, version: 4 });
    expect(await current(c.id)).toMatchObject({ status: "IN_PROGRESS", version: 5 });
    const consultation = await db.consultation.findFirstOrThrow({ where: { caseId: c.id }, include: { actionItems: true, departments: true } });
    expect(consultation.actionItems).toHaveLength(1);
    expect(consultation.departments).toHaveLength(2);

    // 延期: the lead liaison asks, an officer approves; the deadline moves and the worker is told.
    const proposed = new Date(expectedDue.getTime() + 3 * DAY);
    const request = await requestExtension(liaison, { caseId: c.id, reason: "需要等待物业公司答复", proposedDueAt: proposed });
    await expect(requestExtension(liaison, { caseId: c.id, reason: "again", proposedDueAt: proposed })).rejects.toMatchObject({ code: "extension_pending" });
    await decideExtension(officer, { extensionId: request.id, approve: true });
    const extended = await current(c.id);
    expect(extended.dueAt).toEqual(proposed);
    expect(extended.version).toBe(6);
    const approved = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "EXTENSION_APPROVED" } });
    expect(approved.public).toBe(true);

    await addCaseNote(liaison, { caseId: c.id, text: "内部：物业经理态度消极", public: false });
    await resolveCase(liaison, { caseId: c.id, version: 6, outcome: "RESOLVED", reply: "已约谈物业，骑手可以进入小区。" });
    expect(await current(c.id)).toMatchObject({ status: "RESOLVED", resolution: "RESOLVED" });

    const types = (await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(types).toEqual([
      "SUBMITTED", "ACCEPT", "DISPATCH", "SIGN", "START_CONSULTATION", "CONSULTATION_RECORDED", "CONCLUDE_CONSULTATION",
      "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "INTERNAL_NOTE", "RESOLVE",
    ]);
    // The worker's view never carries internal notes, consultation decisions or extension reasons.
    const tracked = JSON.stringify(await trackCase(c.reference, c.secret, ip));
    for (const secretText of ["物业经理态度消极", "由人社局牵头约谈物业公司", "需要等待物业公司答复"]) expect(tracked).not.toContain(secretText);
    expect(tracked).toContain("已约谈物业，骑手可以进入小区。");

    // 重办: 不满意 reopens the case; the officer dispatches it again.
    const rated = await rateCase(c.reference, c.secret, ip, "UNSATISFIED", "还是进不去");
    expect(rated.status).toBe("REOPENED");
    await dispatchCase(officer, { caseId: c.id, version: await version(c.id), leadDepartmentId: hrss, assistingDepartmentIds: [] });
    expect(await current(c.id)).toMatchObject({ status: "DISPATCHED", reopenCount: 1 });
    expect(await caseDepartmentIds(c.id)).toEqual([hrss]);
  });
});

describe("concurrent transitions", () => {
  it("let exactly one of two signs with the same version through, and write one event", async () => {
    const c = await dispatchedCase();
    const v = await version(c.id);
    const results = await Promise.allSettled([signCase(liaison, { caseId: c.id, version: v }), signCase(liaison, { caseId: c.id, version: v })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: "conflict" });
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "SIGN" } })).toBe(1);
    expect(await current(c.id)).toMatchObject({ status: "IN_PROGRESS", version: v + 1 });
  });

  it("let exactly one of two accepts with the same version through", async () => {
    const c = await fileCase();
    const results = await Promise.allSettled([
      acceptCase(officer, { caseId: c.id, version: 0, category: "entry_access", priority: "NORMAL" }),
      acceptCase(officer, { caseId: c.id, version: 0, category: "parking", priority: "URGENT" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "ACCEPT" } })).toBe(1);
  });

  it("refuse a stale version outright", async () => {
    const c = await dispatchedCase();
    await expect(signCase(liaison, { caseId: c.id, version: 0 })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("departments", () => {
  it("keep a liaison of another department out: no sign, and no access to the case", async () => {
    const c = await dispatchedCase();
    await expect(signCase(otherLiaison, { caseId: c.id, version: await version(c.id) })).rejects.toMatchObject({ code: "not_found" });
    const assigned = await caseDepartmentIds(c.id);
    expect(assigned).toContain(hrss);
    expect(assigned).not.toContain(otherLiaison.departmentId);
    expect((await current(c.id)).status).toBe("DISPATCHED");
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "SIGN" } })).toBe(0);
  });

  it("let an assisting department's liaison neither sign nor request an extension", async () => {
    const assisting = await createStaff("LIAISON", justice);
    const c = await dispatchedCase();
    await expect(signCase(assisting, { caseId: c.id, version: await version(c.id) })).rejects.toMatchObject({ code: "not_found" });
    await signCase(liaison, { caseId: c.id, version: await version(c.id) });
    await expect(requestExtension(assisting, { caseId: c.id, reason: "x", proposedDueAt: new Date(c.dueAt.getTime() + DAY) })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("退单", () => {
  it("is allowed within one working day of dispatch and refused after", async () => {
    const late = await dispatchedCase();
    const twoWorkingDaysLater = addWorkingDays(new Date(), 2, await loadCalendarOverrides());
    await expect(returnCase(liaison, { caseId: late.id, version: await version(late.id), reason: "不属于本部门职责" }, twoWorkingDaysLater)).rejects.toMatchObject({
      code: "return_window_passed",
    });
    expect((await current(late.id)).status).toBe("DISPATCHED");

    const prompt = await dispatchedCase();
    await returnCase(liaison, { caseId: prompt.id, version: await version(prompt.id), reason: "不属于本部门职责" });
    expect((await current(prompt.id)).status).toBe("RETURNED");
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: prompt.id, type: "RETURN" } });
    expect(event.public).toBe(false);
  });
});
