import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_COMMANDS, type CaseCommand } from "@/lib/cases/workflow/commands";
import { acceptCase, declineCase, mergeCase } from "@/lib/cases/workflow/mutations/acceptance";
import { concludeConsultation, recordConsultation, startConsultation } from "@/lib/cases/workflow/mutations/consultation";
import type { StaffActor } from "@/lib/cases/workflow/mutations/context";
import { dispatchCase, returnCase, signCase } from "@/lib/cases/workflow/mutations/dispatch";
import { decideExtension, requestExtension } from "@/lib/cases/workflow/mutations/extension";
import { addCaseNote, revealPhone } from "@/lib/cases/workflow/mutations/notes";
import { assessCase, resolveCase } from "@/lib/cases/workflow/mutations/resolution";
import { chaseCase } from "@/lib/cases/workflow/mutations/chase";
import { answerSupervisionOrder, openSupervisionOrder } from "@/lib/cases/workflow/mutations/supervision";
import { recordFollowUp } from "@/lib/cases/workflow/mutations/follow-up";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { workflowFixtures } from "../support/workflow-fixtures";

/**
 * The cross-department IDOR: every case command, given by a liaison of a department that is not on
 * the case, answers like a missing case, leaves an AccessLog row and writes nothing. A case is
 * dispatched to A (lead) with B assisting; C is unrelated.
 */
const db = testDb();
const { createStaff, fileCase, dispatchedCase } = workflowFixtures(db, { ip: "10.3.0.2", phone: "13812345679" });
// 0 for a missing case, which must still be answered not_found by the mutation itself.
const version = async (caseId: string) => (await db.case.findUnique({ where: { id: caseId }, select: { version: true } }))?.version ?? 0;
const DAY = 86_400_000;
let a: string, b: string, c: string;
let officer: StaffActor, liaisonA: StaffActor, liaisonB: StaffActor, liaisonC: StaffActor;

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
  const departments = await db.department.findMany({ where: { code: { in: ["HRSS", "JUSTICE", "TRANSPORT"] } } });
  const id = (code: string) => departments.find((d) => d.code === code)!.id;
  [a, b, c] = [id("HRSS"), id("JUSTICE"), id("TRANSPORT")];
  officer = await createStaff("OFFICER", null);
  [liaisonA, liaisonB, liaisonC] = await Promise.all([createStaff("LIAISON", a), createStaff("LIAISON", b), createStaff("LIAISON", c)]);
});
afterAll(() => db.$disconnect());

type Target = { id: string; extensionId: string; otherReference: string; orderId: string };

/** Each command, called through its mutation, on the target case. Keys are the command table's. */
const CALLS: Record<CaseCommand, (actor: StaffActor, t: Target) => Promise<unknown>> = {
  accept: async (actor, t) => acceptCase(actor, { caseId: t.id, version: await version(t.id), category: "entry_access", priority: "URGENT" }),
  decline: async (actor, t) => declineCase(actor, { caseId: t.id, version: await version(t.id), reason: "不属实", suggestion: "无" }),
  merge: async (actor, t) => mergeCase(actor, { caseId: t.id, version: await version(t.id), targetReference: t.otherReference }),
  // The merge target is checked after the source: reached here through merge with the target as source.
  merge_target: async (actor, t) => mergeCase(actor, { caseId: t.id, version: await version(t.id), targetReference: t.otherReference }),
  dispatch: async (actor, t) => dispatchCase(actor, { caseId: t.id, version: await version(t.id), leadDepartmentId: actor.departmentId ?? a, assistingDepartmentIds: [] }),
  sign: async (actor, t) => signCase(actor, { caseId: t.id, version: await version(t.id) }),
  return: async (actor, t) => returnCase(actor, { caseId: t.id, version: await version(t.id), reason: "不属于本部门" }),
  start_consultation: async (actor, t) => startConsultation(actor, { caseId: t.id, version: await version(t.id) }),
  record_consultation: (actor, t) =>
    recordConsultation(actor, { caseId: t.id, heldAt: new Date(), departmentIds: [a, b], participants: "张科长，李科长", minutes: "交换意见。", decisions: "人社局牵头。", actionItems: [] }),
  conclude_consultation: async (actor, t) => concludeConsultation(actor, { caseId: t.id, version: await version(t.id) }),
  request_extension: (actor, t) => requestExtension(actor, { caseId: t.id, reason: "等待答复", proposedDueAt: new Date(Date.now() + 30 * DAY) }),
  decide_extension: (actor, t) => decideExtension(actor, { extensionId: t.extensionId, approve: true }),
  resolve: async (actor, t) => resolveCase(actor, { caseId: t.id, version: await version(t.id), outcome: "RESOLVED", reply: "已解决。" }),
  assess: async (actor, t) => assessCase(actor, { caseId: t.id, version: await version(t.id), score: 5 }),
  internal_note: (actor, t) => addCaseNote(actor, { caseId: t.id, text: "内部备注", public: false }),
  public_reply: (actor, t) => addCaseNote(actor, { caseId: t.id, text: "回复：已受理", public: true }),
  reveal_phone: (actor, t) => revealPhone(actor, { caseId: t.id, reason: "回访" }),
  chase: (actor, t) => chaseCase(actor, { caseId: t.id, note: "请尽快办理" }),
  supervise: (actor, t) => openSupervisionOrder(actor, { caseId: t.id, reason: "群众反映强烈", replyWorkingDays: 3 }),
  answer_supervision: (actor, t) => answerSupervisionOrder(actor, { orderId: t.orderId, answer: "已约谈物业" }),
  follow_up: async (actor, t) => recordFollowUp(actor, { caseId: t.id, version: await version(t.id), reached: true, solved: true, rating: "SATISFIED", note: "回访" }),
};
const COMMANDS = Object.keys(CALLS) as CaseCommand[];

/** A case dispatched to A with B assisting, signed by A, with an extension request and a 督办 order waiting. */
async function targetCase(): Promise<Target> {
  const t = await dispatchedCase(officer, a, [b]);
  await signCase(liaisonA, { caseId: t.id, version: await version(t.id) });
  const extension = await requestExtension(liaisonA, { caseId: t.id, reason: "等待物业答复", proposedDueAt: new Date(t.dueAt.getTime() + 3 * DAY) });
  const order = await openSupervisionOrder(officer, { caseId: t.id, reason: "领导批示", replyWorkingDays: 2 });
  return { id: t.id, extensionId: extension.id, otherReference: (await fileCase()).reference, orderId: order.id };
}

/** Everything a command could write about a case, to prove a denied one wrote nothing. */
async function snapshot(caseId: string) {
  const [row, events, departments, consultations, extensions, notifications, reveals, orders, followUps] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: caseId } }),
    db.caseEvent.count({ where: { caseId } }),
    db.caseDepartment.findMany({ where: { caseId }, orderBy: { departmentId: "asc" } }),
    db.consultation.count({ where: { caseId } }),
    db.extensionRequest.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    db.notification.count({ where: { caseId } }),
    db.accessLog.count({ where: { caseId, action: "REVEAL_PHONE" } }),
    db.supervisionOrder.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    db.followUpCall.count({ where: { caseId } }),
  ]);
  return { row, events, departments, consultations, extensions, notifications, reveals, orders, followUps };
}

const denials = (userId: string, caseId: string, command: CaseCommand) => db.accessLog.count({ where: { userId, caseId, action: `DENIED_${command.toUpperCase()}` } });
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

describe("a liaison of an unrelated department", () => {
  it("is walked through every command in the command table", () => {
    expect(COMMANDS.sort()).toEqual((Object.keys(CASE_COMMANDS) as CaseCommand[]).sort());
  });

  it.each(COMMANDS)("%s: not_found, an AccessLog row, and nothing written", async (command) => {
    const t = await targetCase();
    const before = await snapshot(t.id);
    expect(await codeOf(CALLS[command](liaisonC, t))).toBe("not_found");
    // merge_target is reached only after merge itself passes; the source case's denial is the record.
    expect(await denials(liaisonC.userId, t.id, command === "merge_target" ? "merge" : command)).toBe(1);
    expect(await snapshot(t.id)).toEqual(before);
  });
});

/**
 * The assisting department's liaison, command by command, as the table says: lead_or_assisting
 * commands pass; lead commands answer not_found; commands for officers are forbidden (B may see the
 * case, so a 403 reveals nothing). Written out rather than derived from CASE_COMMANDS.
 */
const ASSISTING: Record<CaseCommand, "ok" | "not_found" | "forbidden"> = {
  accept: "forbidden", decline: "forbidden", merge: "forbidden", merge_target: "forbidden", dispatch: "forbidden",
  sign: "not_found", return: "not_found", start_consultation: "not_found", record_consultation: "ok",
  conclude_consultation: "forbidden", request_extension: "not_found", decide_extension: "forbidden", resolve: "not_found",
  assess: "forbidden", internal_note: "ok", public_reply: "not_found", reveal_phone: "forbidden",
  chase: "forbidden", supervise: "forbidden", answer_supervision: "not_found", follow_up: "forbidden",
};

describe("a liaison of an assisting department", () => {
  it.each(COMMANDS.filter((n) => ASSISTING[n] !== "ok"))("%s: denied as the table says, recorded, nothing written", async (command) => {
    const t = await targetCase();
    const before = await snapshot(t.id);
    expect(await codeOf(CALLS[command](liaisonB, t))).toBe(ASSISTING[command]);
    expect(await denials(liaisonB.userId, t.id, command === "merge_target" ? "merge" : command)).toBe(1);
    expect(await snapshot(t.id)).toEqual(before);
  });

  it("may add an internal note and record the consultation, but not reply to the worker", async () => {
    const t = await targetCase();
    await CALLS.internal_note(liaisonB, t);
    await startConsultation(liaisonA, { caseId: t.id, version: await version(t.id) });
    await CALLS.record_consultation(liaisonB, t);
    expect(await db.caseEvent.count({ where: { caseId: t.id, type: { in: ["INTERNAL_NOTE", "CONSULTATION_RECORDED"] } } })).toBe(2);
    expect(await codeOf(CALLS.public_reply(liaisonB, t))).toBe("not_found");
    expect(await db.caseEvent.count({ where: { caseId: t.id, public: true, type: "PUBLIC_REPLY" } })).toBe(0);
  });
});

describe("the lead department and officers", () => {
  it("let the lead liaison reply to the worker, and an officer with no department act city-wide", async () => {
    const t = await targetCase();
    await CALLS.public_reply(liaisonA, t);
    await CALLS.public_reply(officer, t);
    expect(await codeOf(CALLS.reveal_phone(officer, t))).toBe("ok");
    expect(await db.caseEvent.count({ where: { caseId: t.id, type: "PUBLIC_REPLY", public: true } })).toBe(2);
    expect(await db.accessLog.count({ where: { caseId: t.id, action: { startsWith: "DENIED_" } } })).toBe(0);
  });

  it("answer a missing case with not_found and record nothing", async () => {
    const missing: Target = { id: "c".repeat(25), extensionId: "e".repeat(25), otherReference: "NX-NONE", orderId: "o".repeat(25) };
    for (const command of COMMANDS) expect(await codeOf(CALLS[command](liaisonC, missing)), command).toBe("not_found");
    expect(await db.accessLog.count({ where: { caseId: missing.id } })).toBe(0);
  });
});
