import "server-only";
import path from "node:path";
import { parseStorageConfig, type StorageConfig } from "./config";
import { localBlobStore } from "./local";
import { s3BlobStore } from "./s3";

export { isValidBlobKey, MERCHANT_PHOTO_PREFIX, newBlobKey } from "./keys";
export { parseStorageConfig, type StorageConfig } from "./config";

/**
 * Where uploaded files live. Nothing here is public: files are served only by route handlers
 * that authorize the reader first.
 */
export interface BlobStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** null when there is no such key. */
  get(key: string): Promise<{ data: Buffer; contentType: string } | null>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  /** Every key under `prefix` ("cases" lists "cases/…") with when it was written; for clean-up jobs. */
  list(prefix: string): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

export function createBlobStore(config: StorageConfig): BlobStore {
  if (config.driver === "s3") return s3BlobStore(config);
  // Relative to the project root, from which the app is always started (scripts/run.ts).
  return localBlobStore(path.resolve(process.cwd(), config.dir));
}

let cached: BlobStore | undefined;

/** The store chosen by the environment (STORAGE_DRIVER and friends), built once per process. */
export function blobStore(): BlobStore {
  cached ??= createBlobStore(parseStorageConfig(process.env));
  return cached;
}
