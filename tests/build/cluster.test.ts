import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster, type Cluster } from "../../scripts/lib/cluster";
import { caseBody, gpsTaggedJpeg, newKey } from "../support/case-fixtures";

type S3rverServer = { run(): Promise<AddressInfo>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (o: Record<string, unknown>) => S3rverServer;

let cluster: Cluster;
let s3: S3rverServer;
let s3dir: string;
const PER_IP = 3;

beforeAll(async () => {
  s3dir = await mkdtemp(path.join(tmpdir(), "nuanxin-cluster-s3-"));
  s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: "photos" }] });
  const { port } = await s3.run();
  cluster = await startCluster(2, {
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: "photos",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    CASE_RATE_LIMIT_PER_IP: String(PER_IP),
    CASE_RATE_LIMIT_PER_PHONE: "1000",
    // nginx, and these tests speaking as other clients, connect over loopback: their X-Forwarded-For
    // names the client (lib/http/client-address.ts), so each test has its own rate-limit bucket.
    TRUSTED_PROXIES: "loopback",
  });
});
afterAll(async () => {
  await cluster?.stop();
  await s3?.close();
  await rm(s3dir, { recursive: true, force: true });
});

const a = () => cluster.instances[0]!.url;
const b = () => cluster.instances[1]!.url;
const submit = (base: string, ip: string, body: BodyInit = JSON.stringify(caseBody()), type: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${base}/api/v1/cases`, { method: "POST", body, headers: { ...type, "idempotency-key": newKey(), "x-forwarded-for": ip } });

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ csrfToken, identifier: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD!, callbackUrl: "/admin" });
  const res = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", body: form, headers: { cookie }, redirect: "manual" });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`no session cookie (HTTP ${res.status})`);
  return session.split(";")[0]!;
}

describe("two instances behind nginx", () => {
  it("serve through nginx, which passes a request id", async () => {
    const res = await fetch(`${cluster.url}/api/ready`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("share sessions: signed in on one, the staff pages open on the other", async () => {
    const cookie = await signIn(a());
    const res = await fetch(`${b()}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(res.status).toBe(200);
  });

  it("share rate limits: the counter runs across both instances", async () => {
    const ip = `10.77.${Math.floor(Math.random() * 250)}.9`;
    const statuses = [];
    for (let i = 0; i <= PER_IP; i++) statuses.push((await submit(i % 2 ? b() : a(), ip)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it("share photos: one uploaded through one instance is served by the other", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(caseBody({ attributes: JSON.stringify({ compound_name: "金岸小区" }) }))) form.append(k, String(v));
    form.append("photos", new Blob([new Uint8Array(await gpsTaggedJpeg())], { type: "image/jpeg" }), "p.jpg");
    const res = await submit(a(), "10.78.0.1", form, {});
    expect(res.status).toBe(201);
    const { reference, secret } = (await res.json()) as { reference: string; secret: string };
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    const { rows } = await c.query<{ id: string }>(`SELECT p.id FROM "CasePhoto" p JOIN "Case" k ON k.id = p."caseId" WHERE k.reference = $1`, [reference]);
    await c.end();
    const photo = await fetch(`${b()}/api/v1/cases/${reference}/photos/${rows[0]!.id}`, { headers: { authorization: `Bearer ${secret}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
  });
});
