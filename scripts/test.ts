import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../prisma/seed/index";
import { chromiumPath } from "./lib/chromium";
import { databaseUrl, dropDatabase, ensureDatabase, startDatabaseServer } from "./lib/database";
import { freePort } from "./lib/free-port";
import { applyMigrations } from "./lib/migrate";
import { root } from "./lib/schema-engine";

/**
 * `npm test` after type-check and lint: unit and integration tests (Vitest), then a production
 * build and the end-to-end tests (Playwright in Chromium), each on a fresh database on
 * TEST_DATABASE_URL / DATABASE_URL's server, or on an embedded PostgreSQL when neither is set.
 */
// `tsx scripts/test.ts [vitest|e2e|build] [extra arguments for that runner]`; `build` runs the tests
// that start the production build themselves (tests/build), after e2e or on an existing .next.
// `faults` runs tests/faults on the same build: PostgreSQL restarted, an instance killed, S3, SMTP
// and SMS down, each on servers those tests start themselves (npm run test:faults).
const only = process.argv[2] as "vitest" | "e2e" | "build" | "faults" | undefined;
const extra = process.argv.slice(3);
const browser = only === "vitest" || only === "build" || only === "faults" ? undefined : chromiumPath();
const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const dataDir = external ? undefined : mkdtempSync(path.join(tmpdir(), "nuanxin-test-pg-"));
const server = await startDatabaseServer(external, { dataDir: dataDir ?? "", port: await freePort(), persistent: false });
const stamp = `${Date.now().toString(36)}${process.pid}`;
const created: string[] = [];
const reports = path.join(root, "test-results");

async function freshDatabase(kind: string): Promise<string> {
  const name = `nuanxin_${kind}_${stamp}`;
  await ensureDatabase(server.adminUrl, name);
  created.push(name);
  const url = databaseUrl(server.adminUrl, name);
  await applyMigrations(url);
  return url;
}

async function seededDatabase(kind: string): Promise<string> {
  const url = await freshDatabase(kind);
  const db = createPrismaClient(url, 2);
  process.env.ADMIN_PASSWORD = testEnv.ADMIN_PASSWORD;
  await seedDatabase(db);
  await db.$disconnect();
  return url;
}

function run(cmd: string, args: string[], env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, cmd), ...args], { stdio: "inherit", env: { ...process.env, ...env }, cwd: root });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const testEnv = {
  TEST_ADMIN_URL: server.adminUrl,
  AUTH_SECRET: "test-only-secret-0123456789abcdefghijklmnop",
  ADMIN_EMAIL: "admin@nuanxin.local",
  ADMIN_PASSWORD: "e2e-admin-password-2026",
  NEXT_TELEMETRY_DISABLED: "1",
};

let failed = false;
const counts = { passed: 0, failed: 0 };
try {
  if (only === undefined || only === "vitest") {
    const url = await freshDatabase("test");
    const report = path.join(reports, "vitest.json");
    const code = await run("node_modules/vitest/vitest.mjs", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra], {
      ...testEnv,
      DATABASE_URL: url,
      NODE_ENV: "test",
    });
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
    failed ||= code !== 0;
  }
  if ((only === undefined || only === "e2e") && !failed) {
    const built = await run("node_modules/next/dist/bin/next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
    // The service worker is bundled after the build, as in `npm run build` (serwist.config.mjs).
    if (built === 0 && (await run("node_modules/@serwist/cli/dist/bin.mjs", ["build", "serwist.config.mjs"], {})) !== 0) throw new Error("serwist build failed");
    if (built !== 0) throw new Error("next build failed");
    const url = await seededDatabase("e2e");
    const outbox = path.join(mkdtempSync(path.join(tmpdir(), "nuanxin-outbox-")), "outbox.jsonl");
    writeFileSync(outbox, "");
    const report = path.join(reports, "playwright.json");
    const port = process.env.E2E_PORT || String(await freePort());
    const code = await run("node_modules/@playwright/test/cli.js", ["test", ...extra], {
      ...testEnv,
      DATABASE_URL: url,
      CHROMIUM_PATH: browser,
      E2E_PORT: port,
      // Production requires PUBLIC_URL (lib/env.ts); the suite serves plain http on loopback.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      // `next start` runs in production mode over plain http on the loopback: say so explicitly,
      // as a closed-network deployment would (lib/env.ts refuses http otherwise).
      AUTH_URL: `http://127.0.0.1:${port}`,
      ALLOW_INSECURE_HTTP: "1",
      // Where the log SMS/e-mail providers write what they "send", so tests can read one-time codes.
      NOTIFY_LOG_FILE: outbox,
    });
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts.passed += r.stats.expected + r.stats.flaky;
    counts.failed += r.stats.unexpected + (code !== 0 && r.stats.unexpected === 0 ? 1 : 0);
    failed ||= code !== 0;
  }
  if ((only === undefined || only === "build") && !failed) {
    if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("No production build: run `npm run build` (or the e2e tests) first");
    const url = await seededDatabase("build");
    const report = path.join(reports, "vitest-build.json");
    const code = await run("node_modules/vitest/vitest.mjs", ["run", "--config", "vitest.build.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...(only ? extra : [])], {
      ...testEnv,
      DATABASE_URL: url,
      // Production requires PUBLIC_URL (lib/env.ts); the instances these tests start speak plain http.
      PUBLIC_URL: "http://127.0.0.1",
      ALLOW_INSECURE_HTTP: "1",
    });
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
    failed ||= code !== 0;
  }
  if ((only === undefined || only === "faults") && !failed) {
    if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("No production build: run `npm run build` (or the e2e tests) first");
    const report = path.join(reports, "vitest-faults.json");
    const code = await run("node_modules/vitest/vitest.mjs", ["run", "--config", "vitest.faults.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...(only ? extra : [])], testEnv);
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
    failed ||= code !== 0;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  failed = true;
} finally {
  for (const name of created) await dropDatabase(server.adminUrl, name).catch(() => {});
  await server.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
// The one summary line CI reads.
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failed ? 1 : 0);
