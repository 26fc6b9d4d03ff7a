import net from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { caseBody, newKey } from "../support/case-fixtures";
import { startInstance, stopInstance, type ClusterInstance as Instance } from "../../scripts/lib/cluster";

let instance: Instance | undefined;
afterAll(() => instance && stopInstance(instance));

/** The request line and headers now, the body when told: a request still in flight. */
function slowPost(port: number, body: string) {
  const socket = net.connect(port, "127.0.0.1");
  const head = [
    "POST /api/v1/cases HTTP/1.1",
    `Host: 127.0.0.1:${port}`,
    "Content-Type: application/json",
    `Idempotency-Key: ${newKey()}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    "",
  ].join("\r\n");
  let response = "";
  socket.on("data", (c: Buffer) => (response += c.toString()));
  const done = new Promise<string>((resolve, reject) => {
    socket.on("end", () => resolve(response));
    socket.on("error", reject);
  });
  return { sendHead: () => socket.write(head), sendBody: () => socket.write(body), done };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.on("connect", () => (s.destroy(), resolve(false)));
    s.on("error", () => resolve(true));
  });

async function instanceConnections(): Promise<number> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  // Connections this instance opened (its pools name themselves nuanxin:<pool>); the test's own are not.
  const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'nuanxin:%' AND application_name <> 'nuanxin:script'");
  await c.end();
  return rows[0]?.n ?? 0;
}

describe("SIGTERM", () => {
  it("stops taking connections, finishes the request in flight, closes its pools and exits within 10 s", async () => {
    instance = await startInstance({ CASE_RATE_LIMIT_PER_PHONE: "1000" });
    expect(await instanceConnections()).toBeGreaterThan(0);
    const post = slowPost(instance.port, JSON.stringify(caseBody()));
    post.sendHead();
    await new Promise((r) => setTimeout(r, 300));

    const signalled = Date.now();
    instance.child.kill("SIGTERM");
    // The listener closes as soon as the signal is handled (a busy event loop may take a moment).
    let closed = false;
    for (let i = 0; i < 30 && !closed; i++) closed = (await refused(instance.port)) || (await new Promise((r) => setTimeout(r, 100)), false);
    expect(closed).toBe(true);
    post.sendBody();
    const response = await post.done;
    const code = await instance.exited;
    const took = Date.now() - signalled;

    expect(response).toMatch(/^HTTP\/1\.1 201 /);
    expect(code).toBe(143);
    expect(took).toBeLessThan(10_000);
    expect(instance.log()).toMatch(/"msg":"stopped"/);
    expect(await instanceConnections()).toBe(0);
    console.log(`SIGTERM to exit: ${took} ms`);
  });
});
