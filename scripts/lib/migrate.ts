import { readFile } from "node:fs/promises";
import { loadMigrations, schemaPath, snapshotPath, withSchemaEngine } from "./schema-engine";

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies every pending migration under prisma/migrations; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await loadMigrations();
  const out = await withSchemaEngine(url, (engine) => engine.applyMigrations({ migrationsList, filters: noFilters }));
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
