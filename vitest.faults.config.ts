import path from "node:path";
import { defineConfig } from "vitest/config";

// Fault tests (npm run test:faults): the production build on PostgreSQL servers, photo stores and
// mail/SMS endpoints the tests start, stop and break themselves; never the machine's shared server.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts") } },
  test: { name: "faults", include: ["tests/faults/**/*.test.ts"], environment: "node", fileParallelism: false, testTimeout: 180_000, hookTimeout: 180_000 },
});
