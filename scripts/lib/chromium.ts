import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The browser for end-to-end tests; never a silent skip when there is none. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      [
        `No Chromium found at ${path}: end-to-end tests cannot run.`,
        "  Debian/Ubuntu:  sudo apt-get install -y chromium",
        "  macOS:          brew install --cask chromium, then CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium",
        "  any system:     npx playwright install chromium, then CHROMIUM_PATH=<the path it prints>",
      ].join("\n"),
    );
  }
  return path;
}
