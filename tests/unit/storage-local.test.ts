import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isValidBlobKey, newBlobKey, type BlobStore } from "@/lib/storage";
import { localBlobStore } from "@/lib/storage/local";

let dir: string;
let store: BlobStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nuanxin-storage-"));
  store = localBlobStore(dir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
}

describe("local blob store", () => {
  it("round-trips data and content type, and overwrites", async () => {
    const key = "cases/2026/11/photo-1.jpg";
    await store.put(key, Buffer.from("first"), "image/jpeg");
    await store.put(key, Buffer.from("second"), "image/jpeg");
    expect(await store.get(key)).toEqual({ data: Buffer.from("second"), contentType: "image/jpeg" });
    // Only the blob and its sidecar: no temp file is left behind.
    expect(await filesUnder(dir)).toEqual(["cases/2026/11/photo-1.jpg", "cases/2026/11/photo-1.jpg.meta.json"]);
    expect((await stat(path.join(dir, key))).mode & 0o777).toBe(0o600);
  });

  it("returns null for a missing key", async () => {
    expect(await store.get("cases/2026/11/nothing.jpg")).toBeNull();
  });

  it("deletes idempotently", async () => {
    await store.put("a/b.jpg", Buffer.from("x"), "image/jpeg");
    await store.delete("a/b.jpg");
    await store.delete("a/b.jpg");
    await store.delete("never/was.jpg");
    expect(await store.get("a/b.jpg")).toBeNull();
    expect(await filesUnder(dir)).toEqual([]);
  });

  it("refuses keys that could escape the root or are not plain", async () => {
    const bad = ["../x", "/etc/passwd", "a b", "a/../../x", "A.jpg", "a//b", "a/", ".hidden", "a/./b", "a\\b", "x.jpg.meta.json", "", "相片.jpg", "a".repeat(513)];
    for (const key of bad) {
      expect(isValidBlobKey(key), key).toBe(false);
      await expect(store.put(key, Buffer.from("x"), "text/plain"), key).rejects.toThrow(/Invalid blob key/);
      await expect(store.get(key), key).rejects.toThrow(/Invalid blob key/);
      await expect(store.delete(key), key).rejects.toThrow(/Invalid blob key/);
    }
    expect(await filesUnder(dir)).toEqual([]);
  });
});

describe("newBlobKey", () => {
  it("is <prefix>/<year>/<month>/<uuid>.jpg, valid and unique", () => {
    const keys = Array.from({ length: 1000 }, () => newBlobKey("cases"));
    const now = new Date();
    const month = String(now.getUTCMonth() + 1).padStart(2, "0");
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^cases/${now.getUTCFullYear()}/${month}/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.jpg$`));
      expect(isValidBlobKey(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(newBlobKey("places/photos", "webp")).toMatch(/^places\/photos\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.webp$/);
  });

  it("refuses a prefix that is not a plain key", () => {
    for (const prefix of ["../cases", "/cases", "Cases", "ca ses", ""]) expect(() => newBlobKey(prefix), prefix).toThrow(/Invalid blob key/);
  });
});

describe("blobStore()", () => {
  it("uses the local driver under STORAGE_DIR and is built once", async () => {
    vi.stubEnv("STORAGE_DRIVER", "");
    vi.stubEnv("STORAGE_DIR", dir);
    vi.resetModules();
    const { blobStore } = await import("@/lib/storage");
    expect(blobStore()).toBe(blobStore());
    await blobStore().put("cases/x.jpg", Buffer.from("x"), "image/jpeg");
    expect(await filesUnder(dir)).toContain("cases/x.jpg");
  });
});
