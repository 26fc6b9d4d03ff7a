import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerHook } from "@/lib/http/peer-hook";

// A real Node.js server with the hook installed as instrumentation.ts installs it (no trusted
// proxy): what a handler sees is what pages, actions and route handlers see under Next.js.
let seen: IncomingHttpHeaders = {};
const server = createServer((req, res) => {
  seen = req.headers;
  res.end("ok");
});
let port = 0;

beforeAll(async () => {
  installPeerHook(undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, headers: Record<string, string>): Promise<{ status: number; allow?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: "/", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("peer hook", () => {
  it("records the socket address over a forged one and drops untrusted forwarding headers", async () => {
    const r = await send("GET", { "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-nuanxin-client-address": "9.9.9.9" });
    expect(r.status).toBe(200);
    expect(seen["x-nuanxin-client-address"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
  });

  it("answers TRACE with 405 before the application sees it", async () => {
    seen = {};
    const r = await send("TRACE", {});
    expect(r.status).toBe(405);
    expect(r.allow).toBe("GET, HEAD, POST");
    expect(seen).toEqual({});
  });
});
