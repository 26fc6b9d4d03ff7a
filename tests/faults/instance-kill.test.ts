import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newBlobKey } from "@/lib/storage/keys";
import { localBlobStore } from "@/lib/storage/local";
import { purgeOrphanBlobs } from "@/lib/storage/orphans";
import { caseBody, gpsTaggedJpeg } from "../support/case-fixtures";
import { faultStack, submitters, type FaultStack } from "../support/fault-stack";

let stack: FaultStack;
let jpeg: Buffer;
beforeAll(async () => {
  stack = await faultStack();
  jpeg = await gpsTaggedJpeg();
});
afterAll(async () => {
  await stack?.stop();
});

async function blobKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of localBlobStore(stack.storageDir).list("cases")) keys.push(b.key);
  return keys;
}

const referencedKeys = async (keys: string[]) =>
  new Set((await stack.query<{ k: string }>(`SELECT "storageKey" AS k FROM "CasePhoto" WHERE "storageKey" = ANY($1)`, [keys])).map((r) => r.k));

describe("an instance killed with SIGKILL in the middle of submissions with photos", () => {
  let run: Awaited<ReturnType<typeof submitters>>;

  it("loses no acknowledged case: clients retry against the next instance and land once", async () => {
    let target = stack.instance;
    let done = false;
    const body = async (key: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(caseBody({ description: `小区门口不让进，只能步行送餐，经常超时。${key}`, contact_phone: undefined }))) {
        if (v !== undefined) form.append(k, typeof v === "object" ? JSON.stringify(v) : String(v));
      }
      form.append("photos", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "p.jpg");
      form.append("photos", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "q.jpg");
      return { body: form, headers: {} };
    };
    const running = submitters({ clients: 20, base: () => target.url, until: () => done, body, giveUpAt: Date.now() + 120_000 });
    await new Promise((r) => setTimeout(r, 3_000));
    stack.instance.child.kill("SIGKILL");
    await stack.instance.exited;
    target = await stack.startAnother();
    await new Promise((r) => setTimeout(r, 2_000));
    done = true;
    run = await running;
    const statuses = [...new Set(run.answers.map((a) => a.status))].sort();
    console.log(`answers: ${run.answers.length}, statuses ${statuses.join(",")}, acknowledged ${run.acknowledged.size}`);
    // 0: connections the kill cut; nothing else but 201 (a 503 would do while the next one starts).
    expect(statuses.every((s) => [0, 201, 503].includes(s))).toBe(true);
    expect(run.pending.size).toBe(0);
    const rows = await stack.query<{ key: string; reference: string }>(`SELECT "idempotencyKey" AS key, reference FROM "Case" WHERE "idempotencyKey" LIKE 'test-%'`);
    expect(rows.length).toBe(run.acknowledged.size);
    for (const r of rows) expect(run.acknowledged.get(r.key)).toBe(r.reference);
  });

  it("leaves no half-written case: every case has both its photos, and every photo row its file", async () => {
    const counts = await stack.query<{ n: number }>(`SELECT count(p.id)::int AS n FROM "Case" c LEFT JOIN "CasePhoto" p ON p."caseId" = c.id GROUP BY c.id`);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => c.n === 2)).toBe(true);
    const files = new Set(await blobKeys());
    const rows = await stack.query<{ k: string }>(`SELECT "storageKey" AS k FROM "CasePhoto"`);
    expect(rows.filter((r) => !files.has(r.k))).toEqual([]);
  });

  it("has the clean-up remove photo files without a case, and only those", async () => {
    // The kill may or may not have fallen between a photo's upload and its case's commit: plant one
    // such file too, so that the clean-up always has something to remove.
    await localBlobStore(stack.storageDir).put(newBlobKey("cases"), jpeg, "image/jpeg");
    const before = await blobKeys();
    const known = await referencedKeys(before);
    const orphans = before.filter((k) => !known.has(k));
    console.log(`photo files: ${before.length}, without a case (the kill's and the planted one): ${orphans.length}`);
    // Younger than the margin: left alone, as a submission in flight would be.
    expect(await purgeOrphanBlobs({ store: localBlobStore(stack.storageDir), prefix: "cases", olderThan: new Date(0), referenced: referencedKeys })).toEqual([]);
    const removed = await purgeOrphanBlobs({ store: localBlobStore(stack.storageDir), prefix: "cases", olderThan: new Date(Date.now() + 1000), referenced: referencedKeys });
    expect(removed.sort()).toEqual(orphans.sort());
    expect((await blobKeys()).sort()).toEqual(before.filter((k) => known.has(k)).sort());
  });
});
