import "server-only";
import { z } from "zod";
import { EnvError } from "@/lib/env";

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z
  .object({
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_DIR: z.string().default(".data/storage"),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    // Path-style (endpoint/bucket/key) is what MinIO, Ceph and most self-hosted stores expect.
    S3_FORCE_PATH_STYLE: flag.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER !== "s3") return;
    for (const name of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: `${name} is required when STORAGE_DRIVER=s3` });
    }
  });

export type LocalStorageConfig = { driver: "local"; dir: string };
export type S3StorageConfig = {
  driver: "s3";
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};
export type StorageConfig = LocalStorageConfig | S3StorageConfig;

/** Reads the storage variables; throws one readable error naming every bad or missing one. */
export function parseStorageConfig(raw: Record<string, string | undefined>): StorageConfig {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid storage configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.STORAGE_DRIVER === "local") return { driver: "local", dir: env.STORAGE_DIR };
  return {
    driver: "s3",
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}
