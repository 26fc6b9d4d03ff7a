import proxyaddr from "proxy-addr";

/**
 * The header that carries the client address from the Node.js server to pages, actions and route
 * handlers. Only `installPeerHook` (peer-hook.ts) writes it, on every request, over whatever the
 * client sent under that name, so no client can choose its own rate-limit bucket.
 */
export const CLIENT_ADDRESS_HEADER = "x-nuanxin-client-address";

/** The forwarding headers that mean something only when a trusted proxy wrote them. */
export const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"] as const;

export type TrustRule = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES: comma-separated addresses, CIDR ranges and proxy-addr's names (`loopback`,
 * `linklocal`, `uniquelocal`). Empty means no proxy: the socket address is the client.
 * Throws on a malformed entry, so env.ts can refuse it at start.
 */
export function compileTrust(list: string | undefined): TrustRule {
  const entries = (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return proxyaddr.compile(entries);
}

type PeerRequest = { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };

/**
 * The client's address: the socket peer, or, when the peer is a trusted proxy, the nearest
 * X-Forwarded-For entry that is not itself a trusted proxy (walking from the right, as proxy-addr
 * does; the left-most entry is whatever the client wrote).
 */
export function clientAddressOf(req: PeerRequest, trust: TrustRule): string {
  const peer = req.socket.remoteAddress;
  if (!peer) return "unknown";
  // proxy-addr reads `connection.remoteAddress` (Express's old name for the socket).
  return proxyaddr({ connection: { remoteAddress: peer }, headers: req.headers } as never, trust);
}

/** Whether the socket peer may speak for the client (X-Forwarded-* honoured). */
export function peerIsTrusted(req: PeerRequest, trust: TrustRule): boolean {
  const peer = req.socket.remoteAddress;
  return !!peer && trust(peer, 0);
}

/** For route handlers, pages and server actions: the address the server hook recorded. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
