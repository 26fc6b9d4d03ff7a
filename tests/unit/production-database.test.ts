import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refusedEmbedded } from "../../scripts/lib/app-database";

describe("the launcher's choice of database", () => {
  it("refuses a production start without DATABASE_URL, in one sentence naming the way out", () => {
    const why = refusedEmbedded("start", {});
    expect(why).toMatch(/^DATABASE_URL is not set/);
    expect(why).toMatch(/NUANXIN_SINGLE_MACHINE=1/);
    expect(why!.split(". ")).toHaveLength(1);
  });

  it("starts production on DATABASE_URL, or on the embedded database when single-machine mode is asked for", () => {
    expect(refusedEmbedded("start", { DATABASE_URL: "postgresql://db/nuanxin" })).toBeNull();
    expect(refusedEmbedded("start", { NUANXIN_SINGLE_MACHINE: "1" })).toBeNull();
    expect(refusedEmbedded("start", { NUANXIN_SINGLE_MACHINE: "true" })).not.toBeNull();
  });

  it("lets development fall back to the embedded database", () => {
    expect(refusedEmbedded("dev", {})).toBeNull();
  });
});

describe("npm start without DATABASE_URL", () => {
  it("exits with status 1 and that one sentence, before touching any database", { timeout: 30_000 }, () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, AUTH_SECRET: "s".repeat(40), PUBLIC_URL: "https://nuanxin.example.cn" } as unknown as NodeJS.ProcessEnv;
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/run.ts", "start"], { cwd: root, env, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(refusedEmbedded("start", {}));
  });
});
