import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export type Bouncer = { url: string; stop(): Promise<void> };

/**
 * PgBouncer in transaction mode in front of `upstreamUrl` (a trust-auth server on 127.0.0.1), as
 * deploy/pgbouncer.ini configures it for production; runs as the postgres user under root, since
 * PgBouncer refuses root. `poolSize` server connections carry every client.
 */
export async function startPgBouncer(upstreamUrl: string, poolSize: number): Promise<Bouncer> {
  const binary = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].find((p) => existsSync(p));
  if (!binary) throw new Error("pgbouncer is not installed: apt-get install -y pgbouncer");
  const up = new URL(upstreamUrl);
  const db = up.pathname.slice(1);
  const dir = mkdtempSync(path.join(tmpdir(), "nuanxin-pgbouncer-"));
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    `[databases]\n${db} = host=${up.hostname} port=${up.port} dbname=${db}\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = ${port}\n` +
      `unix_socket_dir =\nauth_type = trust\nauth_file = ${dir}/users.txt\npool_mode = transaction\ndefault_pool_size = ${poolSize}\n` +
      `max_client_conn = 500\nignore_startup_parameters = extra_float_digits,options\nlogfile = ${dir}/pgbouncer.log\n`,
  );
  writeFileSync(path.join(dir, "users.txt"), `"${decodeURIComponent(up.username)}" ""\n`);
  const ids = process.getuid?.() === 0 ? { uid: Number(sh("id", ["-u", "postgres"])), gid: Number(sh("id", ["-g", "postgres"])) } : {};
  if ("uid" in ids) for (const f of ["", "pgbouncer.ini", "users.txt"]) chownSync(path.join(dir, f), ids.uid!, ids.gid!);
  const child = spawn(binary, [path.join(dir, "pgbouncer.ini")], { ...ids, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
  const url = `postgresql://${up.username}@127.0.0.1:${port}/${db}`;
  for (const deadline = Date.now() + 10_000; !(await listening(port)); await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`pgbouncer did not start: ${err}`);
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).stdout.trim();

async function listening(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1", () => (s.end(), resolve(true)));
    s.on("error", () => resolve(false));
  });
}
