import { randomUUID } from "node:crypto";
import { Logger, runOnce, type TaskList } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listFailingJobs } from "@/lib/jobs/data";
import { cancelDeadlineTimers, deadlineTimerTimes, scheduleDeadlineTimers } from "@/lib/jobs/deadlines";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobsLogger } from "@/lib/jobs/logger";
import { taskList } from "@/lib/jobs/task-list";
import { loggedEmails } from "@/lib/notify/email";
import { loggedSms } from "@/lib/notify/sms";
import { notifyWorker } from "@/lib/notify/mutations";
import { CALENDAR_DAYS } from "../../prisma/seed/calendar";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb, uniqueEmail } from "../support/db";

const db = testDb();
const connectionString = process.env.DATABASE_URL!;
const overrides = new Map(CALENDAR_DAYS.map((d) => [d.date, d.kind]));
const DAY = 86_400_000;
const silent = new Logger(() => () => {});

/** One pass of a worker, as a freshly started app instance would make it. */
const drain = (tasks: TaskList = taskList, logger = jobsLogger) => runOnce({ connectionString, taskList: tasks, logger });

let hrss: string;
const staff: Record<"liaison" | "liaisonNoEmail" | "head" | "officer" | "inactiveOfficer" | "otherLiaison", string> = {} as never;

async function createUser(role: "LIAISON" | "OFFICER" | "VIEWER", over: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const u = await db.user.create({ data: { email: uniqueEmail(role.toLowerCase()), name: role, passwordHash: "unused", role, ...over } });
  return u.id;
}

async function createCase(over: Partial<Prisma.CaseUncheckedCreateInput> = {}) {
  return db.case.create({
    data: {
      reference: `JC-T-${randomUUID().slice(0, 8)}`,
      secretHash: "0".repeat(64),
      categoryCode: "entry_access",
      workerGroupCode: "food_delivery",
      description: "送餐到小区门口被保安拦住，不让电动车进入。",
      channel: "WEB",
      consentVersion: PRIVACY_NOTICE_VERSION,
      consentAt: new Date(),
      contactPhone: "13812345678",
      status: "IN_PROGRESS",
      leadDepartmentId: hrss,
      dueAt: new Date(Date.now() - 10 * DAY),
      ...over,
    },
  });
}

const schedule = (caseId: string, dueAt: Date) => db.$transaction((tx) => scheduleDeadlineTimers(tx, { caseId, dueAt, overrides }));
const events = (caseId: string) => db.caseEvent.findMany({ where: { caseId, type: { in: ["REMINDER", "CHASE", "ESCALATION"] } } });
const recipients = async (caseId: string, kind: string, channel: "IN_APP" | "EMAIL") =>
  (await db.notification.findMany({ where: { caseId, kind, channel }, select: { userId: true } })).map((n) => n.userId).sort();
const ids = async (where: Prisma.UserWhereInput) => (await db.user.findMany({ where: { active: true, ...where }, select: { id: true } })).map((u) => u.id);
const sorted = (xs: string[]) => [...new Set(xs)].sort();

beforeAll(async () => {
  await seedDatabase(db);
  hrss = (await db.department.findUniqueOrThrow({ where: { code: "HRSS" } })).id;
  const ftu = (await db.department.findUniqueOrThrow({ where: { code: "FTU" } })).id;
  staff.liaison = await createUser("LIAISON", { departmentId: hrss });
  staff.liaisonNoEmail = await createUser("LIAISON", { departmentId: hrss, email: null });
  staff.head = await createUser("VIEWER", { departmentId: hrss, isDepartmentHead: true });
  staff.officer = await createUser("OFFICER");
  staff.inactiveOfficer = await createUser("OFFICER", { active: false });
  staff.otherLiaison = await createUser("LIAISON", { departmentId: ftu });
});
afterAll(() => db.$disconnect());

describe("deadline timers", () => {
  it("fire once each, tell the right people, and send their e-mails", async () => {
    const c = await createCase();
    await schedule(c.id, c.dueAt!);
    await drain();

    const fired = await events(c.id);
    expect(fired.map((e) => e.type).sort()).toEqual(["CHASE", "ESCALATION", "REMINDER"]);
    for (const e of fired) expect(e).toMatchObject({ actorKind: "SYSTEM", public: false, payload: { dueAt: c.dueAt!.toISOString() } });

    const liaisons = await ids({ role: "LIAISON", departmentId: hrss });
    const officers = await ids({ role: "OFFICER" });
    const heads = await ids({ departmentId: hrss, isDepartmentHead: true });
    expect(liaisons).toEqual(expect.arrayContaining([staff.liaison, staff.liaisonNoEmail]));
    expect(await recipients(c.id, "reminder", "IN_APP")).toEqual(sorted(liaisons));
    expect(await recipients(c.id, "chase", "IN_APP")).toEqual(sorted([...liaisons, ...officers]));
    expect(await recipients(c.id, "escalation", "IN_APP")).toEqual(sorted([...heads, ...officers]));
    expect(await recipients(c.id, "escalation", "IN_APP")).not.toContain(staff.liaison);
    const everyone = (await db.notification.findMany({ where: { caseId: c.id }, select: { userId: true } })).map((n) => n.userId);
    expect(everyone).not.toContain(staff.inactiveOfficer);
    expect(everyone).not.toContain(staff.otherLiaison);

    // E-mail only to those with an address, each sent once by its send_notification job.
    expect(await recipients(c.id, "reminder", "EMAIL")).toEqual(sorted(await ids({ role: "LIAISON", departmentId: hrss, email: { not: null } })));
    expect(await recipients(c.id, "reminder", "EMAIL")).not.toContain(staff.liaisonNoEmail);
    expect(await db.notification.count({ where: { caseId: c.id, channel: "EMAIL", sentAt: null } })).toBe(0);
    const liaisonEmail = (await db.user.findUniqueOrThrow({ where: { id: staff.liaison } })).email!;
    expect(loggedEmails().filter((m) => m.to === liaisonEmail && m.subject.includes(c.reference)).map((m) => m.subject)).toHaveLength(2);

    // A restarted instance re-queues the same timers: nothing fires twice.
    const before = await db.notification.count({ where: { caseId: c.id } });
    await schedule(c.id, c.dueAt!);
    await drain();
    expect((await events(c.id)).map((e) => e.type).sort()).toEqual(["CHASE", "ESCALATION", "REMINDER"]);
    expect(await db.notification.count({ where: { caseId: c.id } })).toBe(before);
  });

  it("do nothing for a deadline that has moved, or for a resolved case", async () => {
    const moved = await createCase();
    await schedule(moved.id, moved.dueAt!);
    await db.case.update({ where: { id: moved.id }, data: { dueAt: new Date(moved.dueAt!.getTime() + DAY) } });
    const resolved = await createCase({ status: "RESOLVED" });
    await schedule(resolved.id, resolved.dueAt!);
    await drain();
    for (const c of [moved, resolved]) {
      expect(await events(c.id)).toEqual([]);
      expect(await db.notification.count({ where: { caseId: c.id } })).toBe(0);
    }
  });

  it("are queued at their times, replaced by a new deadline and removed on cancel", async () => {
    const dueAt = new Date(Date.UTC(2030, 0, 4, 15, 59, 59, 999));
    const c = await createCase({ dueAt });
    await schedule(c.id, new Date(dueAt.getTime() - DAY));
    await schedule(c.id, dueAt);
    const keys = ["reminder", "chase", "escalate"].map((t) => `case:${c.id}:${t}`);
    const jobs = await db.$queryRaw<{ key: string; run_at: Date }[]>`SELECT key, run_at FROM graphile_worker.jobs WHERE key = ANY(${keys})`;
    const expected = deadlineTimerTimes(dueAt, overrides);
    expect(Object.fromEntries(jobs.map((j) => [j.key.split(":")[2], new Date(j.run_at).toISOString()]))).toEqual({
      reminder: expected.reminder.toISOString(),
      chase: expected.chase.toISOString(),
      escalate: expected.escalate.toISOString(),
    });
    await db.$transaction((tx) => cancelDeadlineTimers(tx, c.id));
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker.jobs WHERE key = ANY(${keys})`).toEqual([]);
  });
});

describe("worker notifications", () => {
  it("text the worker once, without the tracking secret, pointing to /track", async () => {
    const c = await createCase({ status: "DISPATCHED" });
    const dueAt = new Date(Date.now() + 5 * DAY).toISOString();
    await db.$transaction(async (tx) => {
      // A careless caller's extra field never reaches the text.
      await notifyWorker(tx, { caseId: c.id, phone: c.contactPhone, kind: "dispatched", payload: { reference: c.reference, dueAt, secret: "TOPSECRET-123" } });
      await notifyWorker(tx, { caseId: c.id, phone: null, kind: "accepted", payload: { reference: c.reference } });
    });
    const texts = () => loggedSms().filter((m) => m.text.includes(c.reference));
    await drain();
    const [row] = await db.notification.findMany({ where: { caseId: c.id } });
    expect(row).toMatchObject({ channel: "SMS", kind: "dispatched", userId: null });
    expect(row!.sentAt).not.toBeNull();
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toMatchObject({ to: "13812345678" });
    expect(texts()[0]!.text).toContain("/track");
    expect(texts()[0]!.text).not.toContain("TOPSECRET");

    // The same notification queued again (a retried job) is not sent twice.
    await db.$transaction((tx) => enqueue(tx, "send_notification", { notificationId: row!.id }));
    await drain();
    expect(texts()).toHaveLength(1);
  });
});

describe("the job queue", () => {
  it("keeps no job queued in a transaction that rolled back", async () => {
    const key = `test:${randomUUID()}`;
    const queued = () => db.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker.jobs WHERE key = ${key}`;
    const rollback = db.$transaction(async (tx) => {
      await enqueue(tx, "send_notification", { notificationId: "none" }, { jobKey: key, runAt: new Date(Date.now() + DAY) });
      throw new Error("rolled back");
    });
    await expect(rollback).rejects.toThrow("rolled back");
    expect(await queued()).toEqual([]);
    await db.$transaction((tx) => enqueue(tx, "send_notification", { notificationId: "none" }, { jobKey: key, runAt: new Date(Date.now() + DAY) }));
    expect(await queued()).toHaveLength(1);
    await db.$executeRaw`SELECT graphile_worker.remove_job(${key})`;
  });

  it("lists a job that keeps failing, first as retrying and then as given up", async () => {
    const key = `test:fails:${randomUUID()}`;
    await db.$executeRaw`SELECT graphile_worker.add_job('test_always_fails', '{}'::json, job_key := ${key}, max_attempts := 2)`;
    const failing: TaskList = { test_always_fails: async () => { throw new Error("simulated outage"); } };
    const listed = async () => (await listFailingJobs()).find((j) => j.key === key);

    await drain(failing, silent);
    expect(await listed()).toMatchObject({ taskIdentifier: "test_always_fails", attempts: 1, maxAttempts: 2, lastError: expect.stringContaining("simulated outage") });
    // Skip the back-off, as time would.
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${key}`;
    await drain(failing, silent);
    await drain(failing, silent);
    const job = await listed();
    expect(job).toMatchObject({ attempts: 2, maxAttempts: 2 });
    expect(job!.runAt).toBeInstanceOf(Date);
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${key}`;
  });
});
