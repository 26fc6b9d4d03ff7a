import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createRequire } from "node:module";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
/** The datamodel as of the newest migration: what `db:migrate` diffs against. */
export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

/**
 * Prisma's own schema engine compiled to WebAssembly, talking to PostgreSQL through the pg
 * adapter. The CLI's native engine must be downloaded, which is impossible offline; this one
 * ships inside an npm package and writes the same `_prisma_migrations` bookkeeping.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string | null,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const url = databaseUrl ?? "postgresql://unused@127.0.0.1:1/unused";
  // Our own pool, so that it can be closed: an idle pg pool keeps the process alive.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const schema = await readFile(schemaPath, "utf8");
  const { SchemaEngine } = await loadWasm();
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, withUrl(schema)]] },
    () => {},
    adapter,
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks any
 * statement with a semicolon inside it (a plpgsql function body, a string). PostgreSQL's simple
 * query protocol takes the whole script at once, and runs it as one implicit transaction.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const internals = adapter as unknown as { client: pg.Pool; onError(e: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (e) {
        internals.onError(e);
      }
    };
    return adapter;
  }
}

/** The wasm engine refuses a datasource without a url; the real one comes from the adapter. */
function withUrl(schema: string): string {
  return schema.replace(/provider\s*=\s*"postgresql"/, '$&\n  url = "postgresql://adapter"');
}

export async function loadMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

let loaded: Promise<typeof bindings> | undefined;

/** The package is built for bundlers (`import "x.wasm"`); Node needs the module instantiated by hand. */
function loadWasm(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const wasmPath = path.join(pkgDir, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}
