import { describe, expect, it } from "vitest";
import { clientAddressOf, compileTrust, peerIsTrusted } from "@/lib/http/client-address";

const req = (peer: string | undefined, xff?: string) => ({ socket: { remoteAddress: peer }, headers: xff ? { "x-forwarded-for": xff } : {} });

// The trust table written out: (TRUSTED_PROXIES, socket peer, X-Forwarded-For) → client address.
const cases: [string | undefined, string | undefined, string | undefined, string][] = [
  // No proxy configured: the socket is the client, whatever the client writes.
  [undefined, "203.0.113.9", undefined, "203.0.113.9"],
  [undefined, "203.0.113.9", "1.2.3.4", "203.0.113.9"],
  ["", "127.0.0.1", "1.2.3.4", "127.0.0.1"],
  // A trusted local proxy: the address it appended (the right-most entry).
  ["loopback", "127.0.0.1", "198.51.100.20", "198.51.100.20"],
  ["loopback", "::1", "198.51.100.20", "198.51.100.20"],
  // A client-forged left-most entry does not win: the proxy appends the real peer after it.
  ["loopback", "127.0.0.1", "1.2.3.4, 198.51.100.20", "198.51.100.20"],
  // Two trusted hops (load balancer in 10/8, then nginx on loopback).
  ["loopback, 10.0.0.0/8", "127.0.0.1", "1.2.3.4, 198.51.100.20, 10.1.2.3", "198.51.100.20"],
  // A trusted list does not make an untrusted peer trusted.
  ["loopback", "203.0.113.9", "1.2.3.4", "203.0.113.9"],
  // A trusted proxy that forwarded nothing: the proxy itself.
  ["loopback", "127.0.0.1", undefined, "127.0.0.1"],
  // No socket address at all (a destroyed socket).
  ["loopback", undefined, "1.2.3.4", "unknown"],
];

describe("client address trust rules", () => {
  it.each(cases)("TRUSTED_PROXIES=%j peer=%j X-Forwarded-For=%j → %s", (list, peer, xff, expected) => {
    expect(clientAddressOf(req(peer, xff), compileTrust(list))).toBe(expected);
  });

  it("honours forwarded headers only from a trusted peer", () => {
    expect(peerIsTrusted(req("127.0.0.1"), compileTrust(undefined))).toBe(false);
    expect(peerIsTrusted(req("127.0.0.1"), compileTrust("loopback"))).toBe(true);
    expect(peerIsTrusted(req("10.9.9.9"), compileTrust("10.0.0.0/8"))).toBe(true);
    expect(peerIsTrusted(req("11.0.0.1"), compileTrust("10.0.0.0/8"))).toBe(false);
  });

  it("refuses a malformed entry", () => {
    expect(() => compileTrust("10.0.0.0/33")).toThrow();
    expect(() => compileTrust("proxy.example")).toThrow();
  });
});
