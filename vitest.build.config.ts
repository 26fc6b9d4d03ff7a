import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests that run `next start` on the production build made for the end-to-end tests
// (scripts/test.ts runs them after Playwright, on a fresh seeded database).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts") } },
  test: { name: "build", include: ["tests/build/**/*.test.ts"], environment: "node", fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 },
});
