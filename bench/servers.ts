import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../scripts/lib/free-port";
import { root } from "../scripts/lib/schema-engine";

export type RunningServer = { name: string; origin: string; pid: number; stop: () => Promise<void> };

const READY_TIMEOUT_MS = 120_000;

/** Runs a command to completion with its output on our terminal; resolves with its exit code. */
export function runToEnd(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * Starts `node <args>` on a free port of 127.0.0.1 (PORT in its environment, `{port}` in its
 * arguments), logs to `log`, and resolves once `readyPath` answers 200.
 */
export async function startServer(name: string, args: string[], env: Record<string, string>, readyPath: string, log: string): Promise<RunningServer> {
  const port = await freePort();
  const fd = openSync(log, "w");
  const child = spawn(process.execPath, args.map((a) => a.replace("{port}", String(port))), {
    cwd: root,
    stdio: ["ignore", fd, fd],
    env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  closeSync(fd);
  const origin = `http://127.0.0.1:${port}`;
  const server = { name, origin, pid: child.pid!, stop: () => stopChild(child) };
  try {
    await waitUntilReady(child, `${origin}${readyPath}`);
  } catch (e) {
    await server.stop();
    const tail = readFileSync(log, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`${name} did not start: ${e instanceof Error ? e.message : e}\n--- ${path.relative(root, log)} ---\n${tail}`);
  }
  return server;
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    const status = await fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no 200 from ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
