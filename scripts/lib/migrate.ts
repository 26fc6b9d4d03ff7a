import { readFile } from "node:fs/promises";
import { runMigrations } from "graphile-worker";
import { jobsLogger } from "@/lib/jobs/logger";
import { loadMigrations, schemaPath, snapshotPath, withSchemaEngine } from "./schema-engine";

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies every pending migration under prisma/migrations, then graphile-worker's own schema
 * (its migrations are idempotent and keep their own bookkeeping in graphile_worker.migrations):
 * enqueue() calls graphile_worker.add_job inside app transactions, so a database without it
 * cannot take a single workflow step. Returns the names of the Prisma migrations applied.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await loadMigrations();
  const out = await withSchemaEngine(url, (engine) => engine.applyMigrations({ migrationsList, filters: noFilters }));
  await runMigrations({ connectionString: url, logger: jobsLogger, maxPoolSize: 1 });
  return out.appliedMigrationNames;
}

/**
 * SQL that takes the datamodel of the newest migration (its snapshot) to schema.prisma.
 * Empty when every schema change is carried by a migration.
 */
export async function pendingSchemaSql(url: string): Promise<string> {
  const snapshot = await readFile(snapshotPath, "utf8").catch(() => null);
  const schema = await readFile(schemaPath, "utf8");
  const out = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: snapshot }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  const sql = out.stdout ?? "";
  return /^\s*(--.*\s*)*$/.test(sql) || sql.includes("This is an empty migration") ? "" : sql;
}
