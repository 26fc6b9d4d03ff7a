// @ts-check
// Builds public/sw.js from lib/offline/sw/sw.ts after `next build` (`serwist build`, in `npm run build`
// and scripts/test.ts). Serwist's configurator mode runs outside the bundler, so it works with Turbopack.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { serwist } from "@serwist/next/config";

// The configurator maps every .html it globs to a route of the app ("/public/offline"), so the
// offline page is listed by hand, with its content hash as the revision.
const offlinePage = { url: "/offline.html", revision: createHash("sha256").update(readFileSync("public/offline.html")).digest("hex").slice(0, 16) };

export default await serwist(
  {
    swSrc: "lib/offline/sw/sw.ts",
    swDest: "public/sw.js",
    // Only what every offline visit needs; pages and chunks are cached as the rider opens them.
    globPatterns: ["public/icons/*.png"],
    additionalPrecacheEntries: [offlinePage],
    precachePrerendered: false,
  },
  // The few Next.js settings the configurator reads; loading next.config.ts would need the whole app's plugins.
  /** @type {any} */ ({ basePath: "", distDir: ".next", assetPrefix: "" }),
);
