import type { IncomingHttpHeaders } from "node:http";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * The site's origin as the visitor reached it (behind a proxy: X-Forwarded-Host/-Proto), so that
 * links we hand out (a poster's QR code, a feed's place URLs) open the site the visitor is on.
 */
export function requestOrigin(h: Headers | IncomingHttpHeaders): string {
  const get = (name: string) => {
    const v = h instanceof Headers ? h.get(name) : h[name];
    return ((Array.isArray(v) ? v[0] : v) ?? "").split(",")[0]!.trim();
  };
  const host = get("x-forwarded-host") || get("host");
  if (!HOST.test(host)) return "http://localhost";
  return `${get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`;
}

/**
 * The origin for links we hand out: PUBLIC_URL when the deployment sets it, else the request's.
 * Responses that carry links may be cached publicly (the map feeds), so a configured canonical
 * address also keeps a client-sent X-Forwarded-Host from ever reaching a shared cache.
 */
export function siteOrigin(h: Headers | IncomingHttpHeaders): string {
  const configured = process.env.PUBLIC_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // env.ts refuses a malformed PUBLIC_URL at start; fall through rather than fail a request.
    }
  }
  return requestOrigin(h);
}
