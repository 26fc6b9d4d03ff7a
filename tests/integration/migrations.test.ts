import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaSql } from "../../scripts/lib/migrate";
import { loadMigrations } from "../../scripts/lib/schema-engine";
import { emptyDatabase } from "../support/db";

describe("migrations", () => {
  let scratch: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    scratch = await emptyDatabase();
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it("apply to an empty database and record themselves in _prisma_migrations", async () => {
    const expected = (await loadMigrations()).migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(scratch.url)).toEqual(expected);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const rows = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
      expect(rows.rows.map((r) => r.migration_name)).toEqual(expected);
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(["User", "Department"]));
    } finally {
      await client.end();
    }
    // A second run finds nothing to do.
    expect(await applyMigrations(scratch.url)).toEqual([]);
  });

  it("carry every change made to schema.prisma (no drift)", async () => {
    const sql = await pendingSchemaSql(scratch.url);
    expect(sql, "schema.prisma has changes without a migration: run `npm run db:migrate -- --name <name>`").toBe("");
  });
});
