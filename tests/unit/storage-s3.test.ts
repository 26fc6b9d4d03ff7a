import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { S3StorageConfig } from "@/lib/storage/config";
import { s3BlobStore } from "@/lib/storage/s3";

// s3rver: an S3-compatible server in this process, on 127.0.0.1, checking SigV4 signatures.
// It ships no types, hence the typed require.
type S3rverServer = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverOptions = { address: string; port: number; silent: boolean; directory: string; configureBuckets: { name: string }[] };
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (options: S3rverOptions) => S3rverServer;

const bucket = "nuanxin-test";
let server: S3rverServer;
let directory: string;
let config: S3StorageConfig;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "nuanxin-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  config = {
    driver: "s3",
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
});
afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("s3 blob store", () => {
  it("round-trips data and content type", async () => {
    const store = s3BlobStore(config);
    const data = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02, 0xfe]);
    await store.put("cases/2026/11/a.jpg", data, "image/jpeg");
    expect(await store.get("cases/2026/11/a.jpg")).toEqual({ data, contentType: "image/jpeg" });
  });

  it("returns null for a missing key and deletes idempotently", async () => {
    const store = s3BlobStore(config);
    expect(await store.get("cases/2026/11/missing.jpg")).toBeNull();
    await store.put("cases/2026/11/b.jpg", Buffer.from("b"), "image/jpeg");
    await store.delete("cases/2026/11/b.jpg");
    await store.delete("cases/2026/11/b.jpg");
    expect(await store.get("cases/2026/11/b.jpg")).toBeNull();
  });

  it("surfaces a missing bucket and bad credentials instead of answering null", async () => {
    await expect(s3BlobStore({ ...config, bucket: "no-such-bucket" }).get("a.jpg")).rejects.toThrow();
    await expect(s3BlobStore({ ...config, secretAccessKey: "wrong" }).get("a.jpg")).rejects.toThrow();
  });

  it("lists the keys under a prefix, page after page, with when each was written", async () => {
    // s3rver refuses the SDK's signature on bucket listings (SignatureDoesNotMatch on every
    // ListObjects variant), so the paging is checked against a client that answers as S3 does.
    const at = new Date("2026-11-30T01:00:00Z");
    const pages = [
      { Contents: [{ Key: "cases/2026/11/a.jpg", LastModified: at }], IsTruncated: true, NextContinuationToken: "t1" },
      { Contents: [{ Key: "cases/2026/11/b.jpg", LastModified: at }], IsTruncated: false },
    ];
    const sent: { Prefix?: string; ContinuationToken?: string }[] = [];
    const client = { send: async (cmd: { input: { Prefix?: string; ContinuationToken?: string } }) => (sent.push(cmd.input), pages[sent.length - 1]) };
    const listed = [];
    for await (const b of s3BlobStore(config, client as never).list("cases")) listed.push(b);
    expect(listed).toEqual([
      { key: "cases/2026/11/a.jpg", modifiedAt: at },
      { key: "cases/2026/11/b.jpg", modifiedAt: at },
    ]);
    expect(sent.map((i) => [i.Prefix, i.ContinuationToken])).toEqual([
      ["cases/", undefined],
      ["cases/", "t1"],
    ]);
  });

  it("refuses invalid keys before calling the store", async () => {
    const store = s3BlobStore(config);
    await expect(store.put("../x", Buffer.from("x"), "text/plain")).rejects.toThrow(/Invalid blob key/);
    await expect(store.get("/etc/passwd")).rejects.toThrow(/Invalid blob key/);
    await expect(store.delete("a b")).rejects.toThrow(/Invalid blob key/);
  });
});
