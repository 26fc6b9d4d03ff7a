import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startDatabaseServer } from "../../scripts/lib/database";
import { relocated } from "../../scripts/lib/embedded-as-root";
import { freePort } from "../../scripts/lib/free-port";

// A checkout inside root's home: a folder nobody else may enter (mode 0700).
const home = mkdtempSync(path.join(tmpdir(), "nuanxin-home-"));
const dataDir = path.join(home, "nuanxin/.data/postgres");
mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(relocated(dataDir), { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("the embedded PostgreSQL started from a 0700 folder", () => {
  it("starts, keeps its data across restarts, and stops", { timeout: 60_000 }, async () => {
    const port = await freePort();
    const first = await startDatabaseServer(undefined, { dataDir, port, persistent: true });
    await query(first.adminUrl, "CREATE DATABASE kept");
    await first.stop();
    const second = await startDatabaseServer(undefined, { dataDir, port, persistent: true });
    const rows = await query(second.adminUrl, "SELECT datname FROM pg_database WHERE datname = 'kept'");
    const [{ server_encoding }] = await query(second.adminUrl, "SHOW server_encoding");
    await second.stop();
    expect(rows).toHaveLength(1);
    expect(server_encoding).toBe("UTF8");
    // As root the data moved to where the postgres user can reach it; otherwise it stayed put.
    expect(existsSync(path.join(process.getuid?.() === 0 ? relocated(dataDir) : dataDir, "PG_VERSION"))).toBe(true);
  });
});
