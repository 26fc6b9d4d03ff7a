import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { signCase } from "@/lib/cases/workflow/mutations/dispatch";
import { recordFollowUp } from "@/lib/cases/workflow/mutations/follow-up";
import { resolveCase } from "@/lib/cases/workflow/mutations/resolution";
import { followUpSchema } from "@/lib/cases/workflow/schema";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { workflowFixtures } from "../support/workflow-fixtures";

/** 回访: an officer's call-back on a resolved case; a reached call's satisfaction answer is the case's evaluation. */
const db = testDb();
const fixtures = workflowFixtures(db, { ip: "10.3.0.9", phone: "13812345675" });
const { createStaff, version } = fixtures;
let hrss: string;
let officer: StaffActor, liaison: StaffActor;

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
  hrss = (await db.department.findFirstOrThrow({ where: { code: "HRSS" } })).id;
  officer = await createStaff("OFFICER", null);
  liaison = await createStaff("LIAISON", hrss);
});
afterAll(() => db.$disconnect());

async function resolved() {
  const c = await fixtures.dispatchedCase(officer, hrss, []);
  await signCase(liaison, { caseId: c.id, version: await version(c.id) });
  await resolveCase(liaison, { caseId: c.id, version: await version(c.id), outcome: "RESOLVED", reply: "已协调企业补发工资。" });
  return c;
}
const call = async (caseId: string, input: { reached: boolean; solved: boolean | null; rating?: "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED"; note: string }) =>
  recordFollowUp(officer, { caseId, version: await version(caseId), ...input });
const row = (id: string) => db.case.findUniqueOrThrow({ where: { id } });

describe("回访 by an officer", () => {
  it("records solved and satisfied separately; satisfied evaluates the case", async () => {
    const c = await resolved();
    const { call: saved, status } = await call(c.id, { reached: true, solved: false, rating: "SATISFIED", note: "工资已补发一半，态度满意" });
    expect(status).toBe("EVALUATED");
    expect(await db.followUpCall.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ reached: true, solved: false, rating: "SATISFIED", createdById: officer.userId });
    expect(await row(c.id)).toMatchObject({ status: "EVALUATED", rating: "SATISFIED" });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "FOLLOW_UP_SATISFIED" } });
    expect(event).toMatchObject({ actorKind: "STAFF", actorId: officer.userId, public: true, note: null });
  });

  it("reopens on 不满意 within the reopen cap, then sends the case to a supervisor", async () => {
    process.env.CASE_REOPEN_CAP = "0";
    try {
      const capped = await resolved();
      expect((await call(capped.id, { reached: true, solved: false, rating: "UNSATISFIED", note: "仍未解决" })).status).toBe("EVALUATED");
      expect(await row(capped.id)).toMatchObject({ needsSupervisor: true, reopenCount: 0, rating: "UNSATISFIED" });
    } finally {
      delete process.env.CASE_REOPEN_CAP;
    }
    const c = await resolved();
    expect((await call(c.id, { reached: true, solved: false, rating: "UNSATISFIED", note: "问题未解决" })).status).toBe("REOPENED");
    expect(await row(c.id)).toMatchObject({ status: "REOPENED", reopenCount: 1, needsSupervisor: false });
  });

  it("leaves the case as it is when the call is unreached, and lists the call", async () => {
    const c = await resolved();
    const before = await row(c.id);
    await call(c.id, { reached: false, solved: null, note: "电话无人接听" });
    expect(await row(c.id)).toMatchObject({ status: "RESOLVED", version: before.version, rating: null });
    expect(await db.followUpCall.findMany({ where: { caseId: c.id }, select: { reached: true, solved: true, rating: true } })).toEqual([{ reached: false, solved: null, rating: null }]);
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "FOLLOW_UP_UNREACHED", public: false } })).toBe(1);
    // The schema refuses answers on an unreached call.
    expect(followUpSchema.safeParse({ caseId: c.id, version: "1", reached: "no", rating: "SATISFIED", note: "x" }).success).toBe(false);
  });

  it("is refused before the case is resolved, and to a liaison", async () => {
    const c = await fixtures.dispatchedCase(officer, hrss, []);
    await expect(call(c.id, { reached: true, solved: true, rating: "SATISFIED", note: "x" })).rejects.toMatchObject({ code: "not_awaiting_rating" });
    const r = await resolved();
    await expect(recordFollowUp(liaison, { caseId: r.id, version: await version(r.id), reached: true, solved: true, rating: "SATISFIED", note: "x" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.followUpCall.count({ where: { caseId: { in: [c.id, r.id] } } })).toBe(0);
  });
});
