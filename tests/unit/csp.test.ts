import { describe, expect, it } from "vitest";
import { directivesIn } from "@/lib/csp-reports/schema";
import { contentSecurityPolicy, newNonce, nonceOf } from "@/lib/http/csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.split(" ")[0] === name);

describe("content security policy", () => {
  const csp = contentSecurityPolicy({ nonce: "abc", tiles: "osm", https: false, dev: false });

  it("allows scripts only by nonce, no plugins, no base, framing by ourselves only", () => {
    expect(directive(csp, "script-src")).toBe("script-src 'nonce-abc' 'strict-dynamic'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'none'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'self'");
    // The service worker and the manifest cannot carry a nonce: allowed from our own origin only.
    expect(directive(csp, "worker-src")).toBe("worker-src 'self'");
    expect(directive(csp, "manifest-src")).toBe("manifest-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("report-uri /api/csp-report");
  });

  it("loads tiles from the configured provider only", () => {
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: https://tile.openstreetmap.org");
    const amap = contentSecurityPolicy({ nonce: "n", tiles: "amap", https: true, dev: false });
    expect(directive(amap, "img-src")).toContain("https://*.is.autonavi.com");
    expect(amap).not.toContain("openstreetmap");
    expect(directive(contentSecurityPolicy({ nonce: "n", tiles: "tianditu", https: true, dev: false }), "img-src")).toContain("https://*.tianditu.gov.cn");
  });

  it("upgrades insecure requests over https only, and allows eval in development only", () => {
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", tiles: "osm", https: true, dev: false })).toContain("upgrade-insecure-requests");
    expect(directive(contentSecurityPolicy({ nonce: "n", tiles: "osm", https: false, dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("gives a page the nonce of its request's policy", () => {
    expect(nonceOf(new Headers({ "content-security-policy": contentSecurityPolicy({ nonce: "a+b/c=", tiles: "osm", https: false, dev: false }) }))).toBe("a+b/c=");
    expect(nonceOf(new Headers())).toBeUndefined();
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(atob(a)).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("violation reports", () => {
  it("reads both report formats and buckets unknown directives", () => {
    expect(directivesIn({ "csp-report": { "effective-directive": "script-src-elem", "violated-directive": "script-src-elem" } })).toEqual(["script-src-elem"]);
    expect(directivesIn({ "csp-report": { "violated-directive": "img-src 'self'" } })).toEqual(["img-src"]);
    expect(directivesIn([{ type: "csp-violation", body: { effectiveDirective: "style-src-elem" } }, { type: "deprecation", body: {} }])).toEqual(["style-src-elem"]);
    expect(directivesIn({ "csp-report": { "effective-directive": "<script>" } })).toEqual(["other"]);
    expect(directivesIn({ hello: 1 })).toBeNull();
  });
});
