import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, compileTrust, FORWARDING_HEADERS, peerIsTrusted } from "./client-address";

/**
 * Next.js 16 gives neither proxy.ts nor server actions the socket address: NextRequest has no
 * `.ip`, and Next only fills X-Forwarded-For from the socket when the client sent none. So we
 * listen on Node's own `http.server.request.start` channel, which fires for every request before
 * Next.js sees it, and there (with the socket at hand):
 *  - record the client address in CLIENT_ADDRESS_HEADER, overwriting any client-sent value;
 *  - drop X-Forwarded-* unless the peer is a trusted proxy (Next then fills them from the socket);
 *  - answer TRACE with 405: undici's Request cannot represent TRACE, so Next would throw a 500.
 * Installed once per process from instrumentation.ts.
 */
type RequestStart = { request: IncomingMessage; response: ServerResponse; server: import("node:http").Server };

const REFUSED = new Set(["TRACE", "TRACK"]);
let installed = false;

export function installPeerHook(trustedProxies: string | undefined): void {
  if (installed) return;
  installed = true;
  const trust = compileTrust(trustedProxies);
  const guarded = new WeakSet<object>();
  subscribe("http.server.request.start", (message) => {
    const { request, server } = message as RequestStart;
    const trusted = peerIsTrusted(request, trust);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);
    if (!trusted) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    if (!guarded.has(server)) {
      guarded.add(server);
      refuseUnrepresentableMethods(server);
    }
  });
}

/** Puts a 405 in front of the server's request listeners for methods Next.js cannot handle. */
function refuseUnrepresentableMethods(server: import("node:http").Server): void {
  const listeners = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (REFUSED.has(req.method ?? "")) {
      res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("405 Method Not Allowed\n");
      return;
    }
    for (const l of listeners) l.call(server, req, res);
  });
}
