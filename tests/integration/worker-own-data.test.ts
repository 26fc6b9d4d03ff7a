import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestDeletionForPhone, workerDataForPhone } from "@/lib/cases/tracking/my-data";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { fileCase } from "../support/privacy-fixtures";

// PIPL right of access and deletion for a worker signed in by SMS code: their verified phone is the
// proof instead of the tracking code (the actions and the data route take it from the session).
const db = testDb();

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

describe("a signed-in worker's own data", () => {
  it("shows everything the worker submitted when the phone is the case's, and nothing for another phone", async () => {
    const { reference } = await fileCase({ contact_phone: "13900001111", contact_name: "马师傅" });
    expect(await workerDataForPhone(reference, "13900001111")).toMatchObject({ reference, contact: { name: "马师傅", phone: "13900001111" } });
    expect(await workerDataForPhone(reference.toLowerCase(), "13900001111")).toMatchObject({ reference });
    expect(await workerDataForPhone(reference, "13900002222")).toBeNull();
    expect(await workerDataForPhone("JC-2026-000000", "13900001111")).toBeNull();
  });

  it("never opens a case that carries no phone", async () => {
    const { reference } = await fileCase({ contact_phone: undefined, anonymous: true });
    expect(await db.case.findUniqueOrThrow({ where: { reference }, select: { contactPhone: true } })).toEqual({ contactPhone: null });
    expect(await workerDataForPhone(reference, "")).toBeNull();
  });

  it("records a deletion request for the worker's open case, and refuses another phone's", async () => {
    const { reference } = await fileCase({ contact_phone: "13900003333" });
    await expect(requestDeletionForPhone(reference, "13900004444")).rejects.toMatchObject({ code: "not_found" });
    expect(await requestDeletionForPhone(reference, "13900003333")).toBe("scheduled");
    expect(await requestDeletionForPhone(reference, "13900003333")).toBe("already");
    const c = await db.case.findUniqueOrThrow({ where: { reference }, select: { deletionRequestedAt: true, events: { select: { type: true } } } });
    expect(c.deletionRequestedAt).not.toBeNull();
    expect(c.events.map((e) => e.type)).toContain("DELETION_REQUESTED");
  });
});
