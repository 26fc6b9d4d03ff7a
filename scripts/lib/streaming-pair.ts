import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export type StreamingPair = { primaryUrl: string; replicaUrl: string; destroy(): Promise<void> };

/** The newest PostgreSQL server binaries Debian installed (postgresql-NN), which include pg_basebackup. */
export function systemPostgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin/pg_basebackup"))) : [];
  if (!versions.length) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install -y postgresql");
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0]!, "bin");
}

/**
 * A throw-away primary and a streaming replica made from it with pg_basebackup, as production
 * would run them (hot standby, WAL streamed, no archive). As root both run as the postgres user.
 * With `replica: false`, the primary alone (replicaUrl is then the primary's), for tests that need
 * the system's own server version (pg_dump and pg_restore refuse a newer server).
 */
export async function streamingPair(database: string, options: { replica?: boolean } = {}): Promise<StreamingPair> {
  const bin = systemPostgresBin();
  const parent = mkdtempSync(path.join(tmpdir(), "nuanxin-pair-"));
  chmodSync(parent, 0o755);
  const ids = process.getuid?.() === 0 ? postgresIds() : undefined;
  if (ids) chownSync(parent, ids.uid, ids.gid);
  const opts: SpawnSyncOptions = { ...ids, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } };
  const sh = (cmd: string, args: string[]) => {
    const r = spawnSync(path.join(bin, cmd), args, opts);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.error}`);
  };
  const [primary, replica] = [path.join(parent, "primary"), path.join(parent, "replica")];
  const [pPort, rPort] = [await freePort(), await freePort()];
  sh("initdb", ["-D", primary, "--auth=trust", "-U", "postgres", "--encoding=UTF8", "--locale=C"]);
  // Durability is not what these tests are about: no fsync keeps them fast on a shared disk.
  const conf = (port: number) => `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${parent}'\nfsync = off\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\n`;
  appendFileSync(path.join(primary, "postgresql.conf"), conf(pPort));
  const start = (dir: string) => sh("pg_ctl", ["-D", dir, "-l", path.join(parent, `${path.basename(dir)}.log`), "-w", "-t", "60", "start"]);
  start(primary);
  const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const destroy = async () => {
    stopAll();
    rmSync(parent, { recursive: true, force: true });
  };
  const stopAll = () => {
    for (const dir of [replica, primary]) if (existsSync(path.join(dir, "postmaster.pid"))) spawnSync(path.join(bin, "pg_ctl"), ["-D", dir, "-m", "immediate", "-w", "stop"], opts);
  };
  try {
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${pPort}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    if (options.replica === false) return { primaryUrl: url(pPort), replicaUrl: url(pPort), destroy };
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
    sh("pg_basebackup", ["-h", "127.0.0.1", "-p", String(pPort), "-U", "postgres", "-D", replica, "-R", "-X", "stream", "-c", "fast"]);
    appendFileSync(path.join(replica, "postgresql.conf"), `\nport = ${rPort}\n`);
    start(replica);
  } catch (e) {
    stopAll();
    rmSync(parent, { recursive: true, force: true });
    throw e;
  }
  return { primaryUrl: url(pPort), replicaUrl: url(rPort), destroy };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout);
  const uid = id("-u");
  if (!uid) throw new Error("As root, PostgreSQL needs a 'postgres' user to run as");
  return { uid, gid: id("-g") };
}
