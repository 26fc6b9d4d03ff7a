import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faultStack, submitCase, submitters, textCase, type FaultStack } from "../support/fault-stack";

let stack: FaultStack;
beforeAll(async () => {
  stack = await faultStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CLIENTS = 50;
const OUTAGE_MS = 4_000;

describe("PostgreSQL restarted while 50 clients submit grievances", () => {
  let run: Awaited<ReturnType<typeof submitters>>;
  let outage: { from: number; to: number };

  it("answers 503 with Retry-After and a JSON message during the outage, never a hang or a 500", async () => {
    let done = false;
    const base = () => stack.instance.url;
    const running = submitters({ clients: CLIENTS, base, until: () => done, body: async (key) => ({ body: textCase(key) }), giveUpAt: Date.now() + 90_000 });
    await new Promise((r) => setTimeout(r, 2_000));
    outage = { from: Date.now(), to: 0 };
    await stack.pg.stop();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    await stack.pg.start();
    outage.to = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    done = true;
    run = await running;

    const statuses = new Map<number, number>();
    for (const a of run.answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    console.log(`answers by status: ${JSON.stringify(Object.fromEntries(statuses))}; slowest ${Math.max(...run.answers.map((a) => a.ms))} ms`);
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    for (const a of run.answers.filter((x) => x.status === 503)) {
      expect(a.type).toMatch(/^application\/json/);
      expect(a.retryAfter).toMatch(/^\d+$/);
      expect(["database_unavailable", "unavailable"]).toContain(a.body?.error?.code);
      expect(a.body?.error?.message).toMatch(/稍后|重新提交|again/);
    }
    // Bounded by the pools' 3 s connection timeouts (waiting for a pooled connection, then for the
    // server), not hanging: 7 s was the slowest seen on a machine at load 12.
    expect(Math.max(...run.answers.map((a) => a.ms))).toBeLessThan(12_000);
  });

  it("recovers without a restart: ready again, and every client's last case went through", async () => {
    expect(run.pending.size).toBe(0);
    const ready = await fetch(`${stack.instance.url}/api/ready`);
    expect(await ready.json()).toMatchObject({ status: "ready", db: "ok", jobs: "running" });
    expect(stack.instance.child.exitCode).toBeNull();
  });

  it("stores every acknowledged case exactly once, and nothing that was not acknowledged", async () => {
    const keys = [...run.acknowledged.keys()];
    const rows = await stack.query<{ key: string; reference: string }>(`SELECT "idempotencyKey" AS key, reference FROM "Case" WHERE "idempotencyKey" LIKE 'test-%'`);
    expect(rows.length).toBe(keys.length);
    const stored = new Map(rows.map((r) => [r.key, r.reference]));
    for (const [key, reference] of run.acknowledged) expect(stored.get(key)).toBe(reference);
  });

  it("gives a client retrying with its idempotency key the same case", async () => {
    const [key, reference] = [...run.acknowledged][0]!;
    const again = await submitCase(stack.instance.url, key, textCase(key));
    expect(again.status).toBe(201);
    expect(again.body?.reference).toBe(reference);
  });
});
