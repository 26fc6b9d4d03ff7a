import { mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localBlobStore } from "@/lib/storage/local";
import { purgeOrphanBlobs } from "@/lib/storage/orphans";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nuanxin-orphans-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hourAgo = new Date(Date.now() - 3_600_000);
const keysOf = async (store: ReturnType<typeof localBlobStore>, prefix: string) => {
  const keys: string[] = [];
  for await (const b of store.list(prefix)) keys.push(b.key);
  return keys.sort();
};

describe("local listing and the orphan clean-up", () => {
  it("lists blobs under a prefix, not their sidecars, temp files or other prefixes", async () => {
    const store = localBlobStore(dir);
    await store.put("cases/2026/11/a.jpg", Buffer.from("a"), "image/jpeg");
    await store.put("cases/2026/12/b.jpg", Buffer.from("b"), "image/jpeg");
    await store.put("places/2026/11/c.jpg", Buffer.from("c"), "image/jpeg");
    expect(await keysOf(store, "cases")).toEqual(["cases/2026/11/a.jpg", "cases/2026/12/b.jpg"]);
    expect(await keysOf(store, "nothing-here")).toEqual([]);
    await expect(keysOf(store, "../etc")).rejects.toThrow(/Invalid blob prefix/);
  });

  it("removes old files no row references, and keeps referenced and recent ones", async () => {
    const store = localBlobStore(dir);
    for (const k of ["old-orphan", "old-kept", "new-orphan"]) await store.put(`cases/2026/11/${k}.jpg`, Buffer.from(k), "image/jpeg");
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (const k of ["old-orphan", "old-kept"]) await utimes(path.join(dir, `cases/2026/11/${k}.jpg`), old, old);
    const asked: string[][] = [];
    const removed = await purgeOrphanBlobs({
      store,
      prefix: "cases",
      olderThan: hourAgo,
      referenced: async (keys) => (asked.push(keys), new Set(keys.filter((k) => k.includes("kept")))),
    });
    expect(removed).toEqual(["cases/2026/11/old-orphan.jpg"]);
    expect(asked.flat().sort()).toEqual(["cases/2026/11/old-kept.jpg", "cases/2026/11/old-orphan.jpg"]);
    expect(await keysOf(store, "cases")).toEqual(["cases/2026/11/new-orphan.jpg", "cases/2026/11/old-kept.jpg"]);
  });
});
