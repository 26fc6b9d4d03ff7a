import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptCase, declineCase } from "@/lib/cases/workflow/mutations/acceptance";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { deadlineFrom } from "@/lib/cases/workflow/calendar";
import { findSlaRule, loadCalendarOverrides } from "@/lib/cases/workflow/data";
import { inboxWhere } from "@/lib/cases/inbox/data";
import { parseInboxFilter } from "@/lib/cases/inbox/schema";
import { fireDeadlineTimer } from "@/lib/jobs/fire-deadline-timer";
import { staffEmail } from "@/lib/jobs/notification-text";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { workflowFixtures } from "../support/workflow-fixtures";

/** The 受理 deadline: set at intake from the SLA rule (stage ACCEPT), watched by the deadline jobs until 受理. */
const db = testDb();
const fixtures = workflowFixtures(db, { ip: "10.3.0.8", phone: "13812345676" });
const { createStaff, fileCase, version } = fixtures;
let officer: StaffActor;

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
  officer = await createStaff("OFFICER", null);
});
afterAll(() => db.$disconnect());

const timerKeys = (caseId: string) => ["reminder", "chase", "escalate"].map((t) => `case:${caseId}:${t}`);
const queued = async (caseId: string) =>
  Object.fromEntries(
    (await db.$queryRaw<{ key: string; run_at: Date }[]>`SELECT key, run_at FROM graphile_worker.jobs WHERE key = ANY(${timerKeys(caseId)})`).map((j) => [
      j.key.split(":")[2],
      new Date(j.run_at).toISOString(),
    ]),
  );
const notified = async (caseId: string, kind: string) =>
  (await db.notification.findMany({ where: { caseId, kind, channel: "IN_APP" }, select: { userId: true } })).map((n) => n.userId!).sort();
const ids = async (where: object) => (await db.user.findMany({ where: { active: true, ...where }, select: { id: true } })).map((u) => u.id);

describe("受理 deadline", () => {
  it("is set at intake from the ACCEPT rule on the working-day calendar, with its three timers queued", async () => {
    // Friday 16:00 in China: one working day later is Monday's close, over the weekend.
    const friday = new Date("2026-03-06T08:00:00Z");
    const c = await fileCase(friday);
    const row = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    const rule = await findSlaRule(db, row.categoryCode, "NORMAL", "ACCEPT");
    expect(rule).toMatchObject({ amount: 1, unit: "WORKING_DAYS" });
    expect(row.dueAt!.toISOString()).toBe(deadlineFrom(friday, rule!, await loadCalendarOverrides()).toISOString());
    expect(row.dueAt!.toISOString()).toBe("2026-03-09T15:59:59.999Z");
    // Reminder 24 h before; the chase at 09:00 the next working day; the escalation 2 working days after.
    expect(await queued(c.id)).toEqual({ reminder: "2026-03-08T15:59:59.999Z", chase: "2026-03-10T01:00:00.000Z", escalate: "2026-03-11T01:00:00.000Z" });
  });

  it("flags an unaccepted case past it (the inbox's 受理超期 filter) and chases and escalates it to the hotline office", async () => {
    const c = await fileCase(new Date("2026-03-06T08:00:00Z"));
    const fresh = await fileCase();
    const found = await db.case.findMany({ where: { AND: [inboxWhere(parseInboxFilter({ acceptOverdue: "1" }), null, new Date()), { id: { in: [c.id, fresh.id] } }] }, select: { id: true } });
    expect(found.map((r) => r.id)).toEqual([c.id]);

    const { dueAt } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { dueAt: true } });
    const payload = { caseId: c.id, dueAt: dueAt!.toISOString() };
    expect(await fireDeadlineTimer("chase", payload)).toBe("fired");
    expect(await fireDeadlineTimer("chase", payload)).toBe("skipped");
    expect(await fireDeadlineTimer("escalate", payload)).toBe("fired");
    const officers = await ids({ role: "OFFICER" });
    expect(await notified(c.id, "accept_chase")).toEqual([...officers].sort());
    const escalated = [...new Set([...(await ids({ isDepartmentHead: true, departmentId: null, role: { not: "MERCHANT" } })), ...(await ids({ role: "ADMIN" })), ...officers])].sort();
    expect(await notified(c.id, "accept_escalation")).toEqual(escalated);
    expect(await db.caseEvent.findMany({ where: { caseId: c.id, type: { in: ["ACCEPT_CHASE", "ACCEPT_ESCALATION"] } }, select: { type: true, public: true } })).toEqual(
      expect.arrayContaining([{ type: "ACCEPT_CHASE", public: false }, { type: "ACCEPT_ESCALATION", public: false }]),
    );
    // No department holds the case: the handling deadline's texts ("chase"/"escalation") are not sent.
    expect(await db.notification.count({ where: { caseId: c.id, kind: { in: ["chase", "escalation"] } } })).toBe(0);
    const mail = await db.notification.findFirstOrThrow({ where: { caseId: c.id, kind: "accept_chase", channel: "EMAIL" } });
    const text = staffEmail(mail.kind, c.reference, c.id, mail.payload as Record<string, unknown>, "x@test");
    expect(text.subject).toContain("受理超期");
    expect(text.text).toContain("仍未受理");
    expect(text.text).toContain("still awaits acceptance");
  });

  it("is met by 受理: the timers go, the case has no deadline until 派单, and a late timer does nothing", async () => {
    const c = await fileCase(new Date("2026-03-06T08:00:00Z"));
    const { dueAt } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { dueAt: true } });
    await acceptCase(officer, { caseId: c.id, version: await version(c.id), category: "entry_access", priority: "NORMAL" });
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).dueAt).toBeNull();
    expect(await queued(c.id)).toEqual({});
    expect(await fireDeadlineTimer("escalate", { caseId: c.id, dueAt: dueAt!.toISOString() })).toBe("skipped");
    expect(await db.notification.count({ where: { caseId: c.id, kind: { in: ["accept_reminder", "accept_chase", "accept_escalation"] } } })).toBe(0);
  });

  it("is ended by 不予受理 as well", async () => {
    const c = await fileCase();
    await declineCase(officer, { caseId: c.id, version: await version(c.id), reason: "不属于受理范围", suggestion: "请向劳动仲裁委申请" });
    expect(await queued(c.id)).toEqual({});
  });
});
