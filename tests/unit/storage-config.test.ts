import { describe, expect, it } from "vitest";
import { EnvError } from "@/lib/env";
import { parseStorageConfig } from "@/lib/storage/config";

const s3 = { STORAGE_DRIVER: "s3", S3_BUCKET: "nuanxin-photos", S3_ACCESS_KEY_ID: "key-id", S3_SECRET_ACCESS_KEY: "secret" };

describe("parseStorageConfig", () => {
  it("defaults to local files under .data/storage", () => {
    expect(parseStorageConfig({})).toEqual({ driver: "local", dir: ".data/storage" });
    expect(parseStorageConfig({ STORAGE_DRIVER: "", STORAGE_DIR: "/srv/nuanxin" })).toEqual({ driver: "local", dir: "/srv/nuanxin" });
  });

  it("reads the S3 settings, with path-style addressing and us-east-1 by default", () => {
    expect(parseStorageConfig({ ...s3, S3_ENDPOINT: "http://127.0.0.1:9000" })).toEqual({
      driver: "s3",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
      bucket: "nuanxin-photos",
      accessKeyId: "key-id",
      secretAccessKey: "secret",
      forcePathStyle: true,
    });
    expect(parseStorageConfig({ ...s3, S3_FORCE_PATH_STYLE: "false", S3_REGION: "cn-northwest-1" })).toMatchObject({ forcePathStyle: false, region: "cn-northwest-1", endpoint: undefined });
  });

  it("names a missing bucket when STORAGE_DRIVER=s3", () => {
    const withoutBucket = { ...s3, S3_BUCKET: undefined };
    expect(() => parseStorageConfig(withoutBucket)).toThrow(EnvError);
    expect(() => parseStorageConfig(withoutBucket)).toThrow("S3_BUCKET: S3_BUCKET is required when STORAGE_DRIVER=s3");
    expect(() => parseStorageConfig({ ...s3, S3_BUCKET: "" })).toThrow(/S3_BUCKET is required/);
  });

  it("names every missing credential and never echoes the secret", () => {
    let message = "";
    try {
      parseStorageConfig({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_ENDPOINT: "not a url", S3_SECRET_ACCESS_KEY: "" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/S3_ACCESS_KEY_ID is required/);
    expect(message).toMatch(/S3_SECRET_ACCESS_KEY is required/);
    expect(message).toMatch(/S3_ENDPOINT/);
    expect(() => parseStorageConfig({ ...s3, S3_SECRET_ACCESS_KEY: "hunter2-secret", S3_FORCE_PATH_STYLE: "yes" })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(() => parseStorageConfig({ ...s3, S3_SECRET_ACCESS_KEY: "hunter2-secret", S3_FORCE_PATH_STYLE: "yes" })).not.toThrow(/hunter2/);
  });

  it("refuses an unknown driver", () => {
    expect(() => parseStorageConfig({ STORAGE_DRIVER: "ftp" })).toThrow(/STORAGE_DRIVER/);
  });
});
