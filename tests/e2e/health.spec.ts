import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startDatabaseServer, type DatabaseServer } from "../../scripts/lib/database";
import { freePort } from "../../scripts/lib/free-port";

test("GET /api/health answers 200 with the database up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test.describe("with its own database", () => {
  let server: DatabaseServer;
  let app: ChildProcess;
  let dir: string;
  let base: string;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "nuanxin-health-"));
    server = await startDatabaseServer(undefined, { dataDir: dir, port: await freePort(), persistent: false });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: server.adminUrl },
      stdio: "ignore",
    });
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
  });

  test.afterAll(async () => {
    app?.kill();
    await server?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  test("answers 503 within 5 s once the database is stopped", async () => {
    await server.stop();
    const started = Date.now();
    const res = await fetch(`${base}/api/health`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", db: "unreachable" });
  });
});
