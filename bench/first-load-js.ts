import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "../scripts/lib/schema-engine";

export type FirstLoad = {
  page: string;
  path: string;
  status: number;
  scripts: number;
  gzipBytes: number;
  rawBytes: number;
  /** The HTML document itself, gzipped: it carries the inline RSC payload (and messages). */
  htmlGzipBytes: number;
  /** Chunks the page loads later: its next/dynamic imports (the map, for the map page). */
  lazyScripts: number;
  lazyGzipBytes: number;
  /** Of gzipBytes, Next.js's own runtime with React (build-manifest rootMainFiles): on every App Router page. */
  frameworkGzipBytes: number;
  /** Whether Leaflet is in the first load: it must only ever come through the dynamic import. */
  leafletInitial: boolean;
};

const staticDir = path.join(root, ".next/static");
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The JavaScript a browser fetches to show a page: every /_next/static script the built HTML
 * references (module scripts; `nomodule` polyfills are skipped by every browser that runs modules),
 * read from .next/static and gzipped one by one, as a server or CDN would send them.
 */
export async function measureFirstLoad(origin: string, page: string, urlPath: string, appDir: string): Promise<FirstLoad> {
  const res = await fetch(`${origin}${urlPath}`, { signal: AbortSignal.timeout(30_000) });
  const html = await res.text();
  const initial = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\ssrc="\/_next\/static\/([^"?]+\.js)(?:\?[^"]*)?"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) initial.add(decodeURIComponent(src));
  }
  const lazy = [...lazyChunks(appDir)].filter((f) => !initial.has(f));
  const files = [...initial].map((f) => path.join(staticDir, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`${page}: scripts in the HTML but not in .next/static: ${missing.join(", ")}`);
  return {
    page,
    path: urlPath,
    status: res.status,
    scripts: files.length,
    gzipBytes: files.reduce((n, f) => n + gzipSize(f), 0),
    rawBytes: files.reduce((n, f) => n + readFileSync(f).length, 0),
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    lazyScripts: lazy.length,
    lazyGzipBytes: lazy.reduce((n, f) => n + gzipSize(path.join(staticDir, f)), 0),
    frameworkGzipBytes: [...rootMainFiles()].filter((f) => initial.has(f)).reduce((n, f) => n + gzipSize(path.join(staticDir, f)), 0),
    leafletInitial: files.some((f) => readFileSync(f, "utf8").includes("leaflet-pane")),
  };
}

/** The App Router runtime (React, React DOM, Next.js's router): what an empty page would load too. */
function rootMainFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  return new Set((manifest.rootMainFiles ?? []).map((f) => f.replace(/^static\//, "")));
}

/** Script files named in the page's react-loadable manifest: what its next/dynamic imports load. */
function lazyChunks(appDir: string): Set<string> {
  const out = new Set<string>();
  const manifest = path.join(root, ".next/server/app", appDir, "page/react-loadable-manifest.json");
  const walk = (v: unknown): void => {
    if (typeof v === "string" && v.endsWith(".js")) out.add(v.replace(/^(\/?_next\/)?static\//, ""));
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  if (existsSync(manifest)) walk(JSON.parse(readFileSync(manifest, "utf8")));
  return out;
}
