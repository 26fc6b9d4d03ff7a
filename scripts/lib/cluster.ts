import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";
import { root } from "./schema-engine";

export type ClusterInstance = { port: number; url: string; child: ChildProcess; log: () => string; exited: Promise<number | null> };
export type Cluster = { url: string; instances: ClusterInstance[]; stop: () => Promise<void> };

/** `next start` on the existing production build; resolves once /api/health answers. */
export async function startInstance(env: Record<string, string | undefined> = {}): Promise<ClusterInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Production needs its public address (lib/env.ts); on loopback that is plain http, said explicitly.
  const defaults: Record<string, string> = { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", PUBLIC_URL: url, ALLOW_INSECURE_HTTP: "1" };
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...defaults, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  child.stderr?.on("data", (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${out}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer in 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, url, child, log: () => out, exited };
}

export async function stopInstance(i: ClusterInstance): Promise<void> {
  if (i.child.exitCode === null) i.child.kill("SIGTERM");
  await i.exited;
}

/**
 * Several instances behind nginx, configured from deploy/nginx.conf. Every instance must share
 * AUTH_SECRET (sessions) and the build (server actions: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when
 * instances are built apart), the database and the photo store (STORAGE_DRIVER=s3).
 */
export async function startCluster(count: number, env: Record<string, string | undefined>): Promise<Cluster> {
  // nginx runs on this host, so loopback is the one proxy whose X-Forwarded-For the instances believe.
  const instances = await Promise.all(Array.from({ length: count }, () => startInstance({ TRUSTED_PROXIES: "loopback", ...env })));
  const prefix = mkdtempSync(path.join(tmpdir(), "nuanxin-nginx-"));
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(prefix, d), { mode: 0o777 });
  const port = await freePort();
  const conf = readFileSync(path.join(root, "deploy/nginx.conf"), "utf8")
    .replaceAll("__PREFIX__", prefix)
    .replace("__LISTEN__", `127.0.0.1:${port}`)
    .replace("__UPSTREAMS__", instances.map((i) => `server 127.0.0.1:${i.port};`).join("\n    "));
  writeFileSync(path.join(prefix, "nginx.conf"), conf);
  const nginx = spawn(nginxBinary(), ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let nginxErr = "";
  nginx.stderr?.on("data", (c: Buffer) => (nginxErr += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 10_000; !(await fetch(`${url}/api/health`).then((r) => r.ok, () => false)); ) {
    if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${nginxErr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    instances,
    stop: async () => {
      nginx.kill("SIGQUIT");
      await Promise.all(instances.map(stopInstance));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function nginxBinary(): string {
  for (const p of ["/usr/sbin/nginx", "/usr/local/sbin/nginx"]) if (spawnSync(p, ["-v"]).status === 0) return p;
  throw new Error("nginx is not installed: apt-get install -y nginx");
}
