import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BlobStore } from ".";
import { assertValidBlobKey, isValidBlobKey } from "./keys";

// Grievance photos are personal data: readable by the server's user only.
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Blobs as files under `root`, each with a `<file>.meta.json` sidecar holding its content type. */
export function localBlobStore(root: string): BlobStore {
  const base = path.resolve(root);

  function fileFor(key: string): string {
    assertValidBlobKey(key);
    const file = path.join(base, ...key.split("/"));
    // Belt and braces: the key rule already forbids "..", but never leave the root whatever happens.
    if (!file.startsWith(base + path.sep)) throw new Error("Invalid blob key");
    return file;
  }

  return {
    async put(key, data, contentType) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
      // Sidecar first: a reader who finds the data also finds its content type.
      await writeAtomically(`${file}.meta.json`, JSON.stringify({ contentType }));
      await writeAtomically(file, data);
    },

    async get(key) {
      const file = fileFor(key);
      const data = await readIfExists(file);
      if (!data) return null;
      const meta = await readIfExists(`${file}.meta.json`);
      const contentType = meta ? (JSON.parse(meta.toString("utf8")) as { contentType: string }).contentType : "application/octet-stream";
      return { data, contentType };
    },

    async delete(key) {
      const file = fileFor(key);
      await rm(file, { force: true });
      await rm(`${file}.meta.json`, { force: true });
    },

    async *list(prefix) {
      const dir = path.join(base, ...prefix.split("/").filter(Boolean));
      if (!dir.startsWith(base + path.sep)) throw new Error("Invalid blob prefix");
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return [];
        throw e;
      });
      for (const entry of entries) {
        // Sidecars and half-written temp files (".name.uuid.tmp") are not blobs.
        if (!entry.isFile() || entry.name.startsWith(".") || entry.name.endsWith(".meta.json")) continue;
        const file = path.join(entry.parentPath, entry.name);
        const key = path.relative(base, file).split(path.sep).join("/");
        const info = await stat(file).catch(() => null); // deleted meanwhile
        if (info && isValidBlobKey(key)) yield { key, modifiedAt: info.mtime };
      }
    },
  };
}

/** Write to a temp file beside the target, then rename: readers see the old file or the whole new one. */
async function writeAtomically(file: string, data: Buffer | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data, { mode: FILE_MODE, flag: "wx" });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
