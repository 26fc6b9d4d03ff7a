import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BlobStore } from "@/lib/storage";
import { MERCHANT_PHOTO_PREFIX } from "@/lib/storage/keys";
import { localBlobStore } from "@/lib/storage/local";

/** Every prefix the app writes blobs under (newBlobKey's callers). */
export const BLOB_PREFIXES = ["cases", "places", "place-reports", MERCHANT_PHOTO_PREFIX];

/** pg_dump / pg_restore from PG_BIN when set (it must be at least the server's version), else from PATH. */
const tool = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);

function run(cmd: string, args: string[]): void {
  const r = spawnSync(tool(cmd), args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || String(r.error)).trim()}`);
}

/**
 * A backup folder: `database.dump` (pg_dump's custom format: one consistent snapshot, restorable
 * table by table) and `photos/`, a copy of every blob in the local driver's layout, whichever driver
 * the portal uses. The dump is taken first: a photo deleted between the two (a redaction) is then
 * missing from the copy as it is from the live store, and a photo added meanwhile has no row and is
 * removed by the purge_orphan_photos job after a restore.
 */
export async function backup(opts: { databaseUrl: string; store: BlobStore; dir: string }): Promise<{ photos: number }> {
  mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(opts.dir, "database.dump")}`, opts.databaseUrl]);
  const photos = await copyBlobs(opts.store, localBlobStore(path.join(opts.dir, "photos")));
  writeFileSync(path.join(opts.dir, "backup.json"), JSON.stringify({ at: new Date().toISOString(), photos }, null, 2));
  return { photos };
}

/** Into an empty database (create it first) and the configured photo store. */
export async function restore(opts: { databaseUrl: string; store: BlobStore; dir: string }): Promise<{ photos: number }> {
  const dump = path.join(opts.dir, "database.dump");
  if (!existsSync(dump)) throw new Error(`No database.dump in ${opts.dir}`);
  run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${opts.databaseUrl}`, dump]);
  const photos = await copyBlobs(localBlobStore(path.join(opts.dir, "photos")), opts.store);
  return { photos };
}

async function copyBlobs(from: BlobStore, to: BlobStore): Promise<number> {
  let n = 0;
  for (const prefix of BLOB_PREFIXES) {
    for await (const { key } of from.list(prefix)) {
      const blob = await from.get(key);
      if (!blob) continue; // deleted while we listed
      await to.put(key, blob.data, blob.contentType);
      n++;
    }
  }
  return n;
}
