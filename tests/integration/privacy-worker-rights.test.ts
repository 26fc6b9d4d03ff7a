import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactExpiredCases } from "@/lib/cases/privacy/retention";
import { blobStore } from "@/lib/storage";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb } from "../support/db";
import { fileCase, nextIp } from "../support/privacy-fixtures";

const db = testDb();
const dataRoute = await import("@/app/api/v1/cases/[reference]/data/route");
const deletionRoute = await import("@/app/api/v1/cases/[reference]/deletion/route");
const caseRoute = await import("@/app/api/v1/cases/[reference]/route");
const params = (reference: string) => ({ params: Promise.resolve({ reference }) });

const download = (reference: string, fields: Record<string, string>) =>
  dataRoute.POST(
    new Request(`http://test.local/api/v1/cases/${reference}/data`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", "x-nuanxin-client-address": nextIp() },
    }),
    params(reference),
  );
const askDeletion = (reference: string, secret: string) =>
  deletionRoute.POST(new Request(`http://test.local/api/v1/cases/${reference}/deletion`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "x-nuanxin-client-address": nextIp() } }), params(reference));

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

describe("the worker's data, with the tracking code", () => {
  it("downloads everything they submitted as JSON and as a printable page; a wrong code gets 404", async () => {
    const { reference, secret } = await fileCase({ description: "保安不让进小区<script>alert(1)</script>", contact_name: "刘师傅" }, { photo: true });
    const json = await download(reference, { secret, format: "json" });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain(`${reference}.json`);
    expect(json.headers.get("cache-control")).toBe("no-store");
    const data = await json.json();
    expect(data).toMatchObject({
      reference,
      description: "保安不让进小区<script>alert(1)</script>",
      contact: { name: "刘师傅", phone: "13812345678" },
      answers: [{ code: "compound_name", value: "金岸小区" }],
      category: { code: "entry_access" },
    });
    expect(data.photoIds).toHaveLength(1);
    expect(data).not.toHaveProperty("secretHash");

    const html = await download(reference, { secret, format: "html", lang: "en" });
    expect(html.headers.get("content-type")).toContain("text/html");
    const page = await html.text();
    expect(page).toContain(`Case ${reference}: what I submitted`);
    expect(page).toContain("刘师傅");
    expect(page).not.toContain("<script>alert(1)");

    expect((await download(reference, { secret: "not-the-code", format: "json" })).status).toBe(404);
  });

  it("records a deletion request on an open case for staff, and anonymises it as soon as it is closed", async () => {
    const { reference, secret } = await fileCase({}, { photo: true });
    const res = await askDeletion(reference, secret);
    expect(await res.json()).toEqual({ outcome: "scheduled" });
    const open = await db.case.findUniqueOrThrow({ where: { reference }, include: { events: true, photos: true } });
    expect(open).toMatchObject({ contactPhone: "13812345678", redactedAt: null });
    expect(open.deletionRequestedAt).not.toBeNull();
    expect(open.events).toContainEqual(expect.objectContaining({ type: "DELETION_REQUESTED", actorKind: "WORKER", public: true }));
    expect(await (await askDeletion(reference, secret)).json()).toEqual({ outcome: "already" });

    // Closed a minute ago, far inside the retention period: the worker's request makes it due.
    await db.case.update({ where: { id: open.id }, data: { status: "CLOSED", closedAt: new Date(Date.now() - 60_000) } });
    await redactExpiredCases(new Date());
    const done = await db.case.findUniqueOrThrow({ where: { id: open.id }, include: { photos: true } });
    expect(done).toMatchObject({ contactName: null, contactPhone: null, photos: [] });
    expect(await blobStore().get(open.photos[0]!.storageKey)).toBeNull();

    const tracked = await caseRoute.GET(new Request(`http://test.local/api/v1/cases/${reference}`, { headers: { authorization: `Bearer ${secret}` } }), params(reference));
    const timeline = (await tracked.json()).timeline.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(["DELETION_REQUESTED", "REDACTED"]));
  });

  it("anonymises a closed case at once when its worker asks", async () => {
    const { reference, secret } = await fileCase();
    await db.case.update({ where: { reference }, data: { status: "DECLINED", closedAt: new Date() } });
    expect(await (await askDeletion(reference, secret)).json()).toEqual({ outcome: "deleted" });
    const c = await db.case.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(c).toMatchObject({ contactName: null, contactPhone: null });
    expect(c.events.map((e) => e.type).slice(-2)).toEqual(["DELETION_REQUESTED", "REDACTED"]);
    expect(c.events.at(-1)!.payload).toEqual({ reason: "worker_request" });
    const data = await (await download(reference, { secret, format: "json" })).json();
    expect(data.contact).toEqual({ name: null, phone: null });
    expect(data.redactedAt).not.toBeNull();
  });

  it("needs the secret: a wrong one is 404 for the deletion request too", async () => {
    const { reference } = await fileCase();
    expect((await askDeletion(reference, "wrong-secret-0000")).status).toBe(404);
  });
});
