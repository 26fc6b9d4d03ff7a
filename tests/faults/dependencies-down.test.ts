import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port";
import { caseBody, gpsTaggedJpeg, JINCHANG, newKey } from "../support/case-fixtures";
import { fakeSmsRelay, fakeSmtp, type Outbound } from "../support/fake-outbound";
import { faultStack, submitCase, textCase, type FaultStack } from "../support/fault-stack";
import { sessionCookie } from "../support/session-token";

type S3rverServer = { run(): Promise<AddressInfo>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (o: Record<string, unknown>) => S3rverServer;

let stack: FaultStack;
let s3: S3rverServer;
let s3dir: string;
let smtpPort: number;
let smsPort: number;
const outbound: Outbound[] = [];

beforeAll(async () => {
  s3dir = await mkdtemp(path.join(tmpdir(), "nuanxin-faults-s3-"));
  s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: "photos" }] });
  const { port } = await s3.run();
  // Nothing listens on these yet: the mail server and the SMS gateway are down.
  [smtpPort, smsPort] = [await freePort(), await freePort()];
  stack = await faultStack({
    ...{ STORAGE_DRIVER: "s3", S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: "photos", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" },
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMS_PROVIDER: "http",
    SMS_HTTP_URL: `http://127.0.0.1:${smsPort}/sms`,
  });
});
afterAll(async () => {
  await stack?.stop();
  await Promise.all(outbound.map((o) => o.close()));
  await s3?.close().catch(() => {});
  await rm(s3dir, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  for (const deadline = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 500))) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

describe("SMTP and the SMS gateway down", () => {
  const ids: string[] = [];

  it("still files the case; the texts and e-mails wait, retried with back-off and shown failing to ADMIN", async () => {
    // The submission's own text (it carries the tracking code, which is never stored) fails and is logged.
    const key = newKey();
    const res = await submitCase(stack.instance.url, key, JSON.stringify(caseBody({ description: `门口不让进，只能步行送餐。${key}` })));
    expect(res.status).toBe(201);
    const [admin] = await stack.query<{ id: string; role: string; departmentId: string | null; sessionVersion: number }>(
      `SELECT id, role::text AS role, "departmentId", "sessionVersion" FROM "User" WHERE email = $1`,
      [process.env.ADMIN_EMAIL],
    );
    // A staff step's e-mail, as notifyStaff queues it: the outbox row and its job in one transaction.
    const [email] = await stack.query<{ id: string }>(
      `WITH n AS (INSERT INTO "Notification" (id, "userId", kind, channel, payload) VALUES ('fault-' || md5(random()::text), $1, 'dispatched', 'EMAIL', '{"reference":"JC-TEST"}') RETURNING id)
       SELECT id, graphile_worker.add_job('send_notification', json_build_object('notificationId', id), max_attempts := 10) FROM n`,
      [admin!.id],
    );
    // And a text to the worker, as notifyWorker queues one when staff accept the case.
    const [sms] = await stack.query<{ id: string }>(
      `WITH n AS (INSERT INTO "Notification" (id, "caseId", kind, channel) SELECT 'fault-' || md5(random()::text), id, 'accepted', 'SMS' FROM "Case" WHERE "idempotencyKey" = $1 RETURNING id)
       SELECT id, graphile_worker.add_job('send_notification', json_build_object('notificationId', id), max_attempts := 10) FROM n`,
      [key],
    );
    ids.push(email!.id, sms!.id);
    const failing = await until(
      "two failed attempts each",
      async () => {
        const rows = await stack.query<{ attempts: number; last_error: string }>(
          // The public jobs view hides payloads; the table behind it has them.
          `SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE payload->>'notificationId' = ANY($1)`,
          [ids],
        );
        return rows.length === 2 && rows.every((r) => r.attempts >= 2 && r.last_error) ? rows : undefined;
      },
      60_000,
    );
    expect(failing.map((r) => r.last_error).join("\n")).toMatch(/ECONNREFUSED|fetch failed|SMS gateway/);
    const page = await fetch(`${stack.instance.url}/admin/jobs`, { headers: { cookie: await sessionCookie(admin!) } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("send_notification");
  });

  it("sends each exactly once when they come back", async () => {
    const [smtp, relay] = [await fakeSmtp(smtpPort), await fakeSmsRelay(smsPort)];
    outbound.push(smtp, relay);
    await until(
      "both stamped sent",
      async () => {
        const rows = await stack.query(`SELECT 1 FROM "Notification" WHERE id = ANY($1) AND "sentAt" IS NOT NULL`, [ids]);
        return rows.length === 2 ? true : undefined;
      },
      90_000,
    );
    // The next retry would be past here; a second send would show up.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(smtp.received).toEqual([`<${ids[0]}@nuanxin>`]);
    expect(relay.received).toEqual([ids[1]]);
    const left = await stack.query(`SELECT 1 FROM graphile_worker._private_jobs WHERE payload->>'notificationId' = ANY($1)`, [ids]);
    expect(left).toEqual([]);
  });
});

describe("the photo store (S3) down", () => {
  it("refuses a submission with photos with a clear 503 in the user's language, leaving nothing behind", async () => {
    await s3.close();
    const form = () => {
      const f = new FormData();
      for (const [k, v] of Object.entries(caseBody({ contact_phone: undefined }))) if (v !== undefined) f.append(k, typeof v === "object" ? JSON.stringify(v) : String(v));
      return f;
    };
    const jpeg = new Uint8Array(await gpsTaggedJpeg());
    const [zhForm, enForm] = [form(), form()];
    for (const f of [zhForm, enForm]) f.append("photos", new Blob([jpeg], { type: "image/jpeg" }), "p.jpg");
    const [zhKey, enKey] = [newKey(), newKey()];
    const zh = await submitCase(stack.instance.url, zhKey, zhForm, {});
    const en = await submitCase(stack.instance.url, enKey, enForm, { "accept-language": "en" });
    for (const a of [zh, en]) {
      expect(a.status).toBe(503);
      expect(a.retryAfter).toMatch(/^\d+$/);
      expect(a.body?.error?.code).toBe("storage_unavailable");
    }
    expect(zh.body?.error?.message).toMatch(/照片暂时无法保存/);
    expect(en.body?.error?.message).toMatch(/Photos cannot be stored/);
    expect(await stack.query(`SELECT 1 FROM "Case" WHERE "idempotencyKey" = ANY($1)`, [[zhKey, enKey]])).toEqual([]);
  });

  it("keeps text submissions and the map working", async () => {
    const key = newKey();
    expect((await submitCase(stack.instance.url, key, textCase(key))).status).toBe(201);
    const near = await fetch(`${stack.instance.url}/api/places/near?lat=${JINCHANG.lat}&lng=${JINCHANG.lng}`);
    expect(near.status).toBe(200);
    const bbox = await fetch(`${stack.instance.url}/api/places.geojson?bbox=102.0,38.4,102.4,38.7`);
    expect(bbox.status).toBe(200);
  });
});
