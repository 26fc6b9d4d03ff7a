/**
 * The Content-Security-Policy for pages, built per request around a fresh nonce (proxy.ts).
 * Scripts: only those carrying the nonce and what they load ('strict-dynamic'), so an injected
 * <script> or inline handler does not run. Style attributes stay allowed: React renders `style`
 * props and Leaflet writes `style` attributes into its panes and icons; nothing in CSS can run code.
 */
export type TileProvider = "osm" | "tianditu" | "amap";

/** Hosts the map's base layers load tiles from (lib/places/components/base-map.ts). */
export const TILE_HOSTS: Record<TileProvider, string[]> = {
  osm: ["https://tile.openstreetmap.org"],
  tianditu: ["https://*.tianditu.gov.cn"],
  amap: ["https://*.is.autonavi.com"],
};

export const CSP_REPORT_PATH = "/api/csp-report";

export function contentSecurityPolicy(opts: { nonce: string; tiles: TileProvider; https: boolean; dev: boolean }): string {
  const nonce = `'nonce-${opts.nonce}'`;
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code to rebuild server stacks; production never does.
    "script-src": [nonce, "'strict-dynamic'", ...(opts.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", nonce],
    "style-src-attr": ["'unsafe-inline'"],
    // Photos come through our own routes and the image optimizer (/_next/image); QR codes are data: URLs.
    "img-src": ["'self'", "data:", "blob:", ...TILE_HOSTS[opts.tiles]],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(opts.dev ? ["ws:"] : [])],
    // The service worker (/sw.js, lib/offline/sw) and the web app manifest: nonces cannot apply to
    // them, and worker-src would otherwise fall back to the nonce-only script-src and block the worker.
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "report-uri": [CSP_REPORT_PATH],
    "report-to": ["csp"],
  };
  const parts = Object.entries(directives).map(([k, v]) => `${k} ${v.join(" ")}`);
  if (opts.https) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

/** A nonce of 128 random bits, as the CSP spec asks. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Sent over https only: a browser that saw it keeps to https for a year. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The nonce proxy.ts put in the request's CSP header, for a page's own inline <style> or <script>. */
export function nonceOf(requestHeaders: Headers): string | undefined {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(requestHeaders.get("content-security-policy") ?? "")?.[1];
}
