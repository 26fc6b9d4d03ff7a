import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../prisma/seed/index";
import { openAppDatabase, refusedEmbedded } from "./lib/app-database";
import { grantAppRole } from "./lib/app-role";
import { devAuthSecret } from "./lib/dev-secret";
import { EmbeddedStartError } from "./lib/embedded-as-root";
import { applyMigrations } from "./lib/migrate";
import { root } from "./lib/schema-engine";

/**
 * `npm run dev` / `npm start`: choose the database (DATABASE_URL or an embedded PostgreSQL),
 * apply pending migrations, seed, then hand over to Next.js.
 */
const mode = process.argv[2] === "start" ? "start" : "dev";
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
(process.env as Record<string, string>).NODE_ENV = mode === "start" ? "production" : "development";
if (mode === "dev") process.env.AUTH_SECRET ||= devAuthSecret();

try {
  parseEnv(process.env);
} catch (e) {
  if (e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const refusal = refusedEmbedded(mode, process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

if (mode === "start" && !existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

const started = Date.now();
const database = await openAppDatabase().catch((e: unknown) => {
  // One sentence rather than a stack: e.g. the embedded server's data folder cannot be created.
  console.error(e instanceof EmbeddedStartError ? e.message : `The database could not be opened: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
process.env.DATABASE_URL = database.url;
console.log(database.embedded ? `Embedded PostgreSQL ready (data in .data/postgres)` : "Using DATABASE_URL");

// Migrations run as the owner (MIGRATION_DATABASE_URL) when the app connects as a least-privilege role.
const migrationUrl = process.env.MIGRATION_DATABASE_URL || database.url;
const applied = await applyMigrations(migrationUrl);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
if (new URL(migrationUrl).username !== new URL(database.url).username) await grantAppRole(migrationUrl, database.url);
const db = createPrismaClient(database.url, 2);
await seedDatabase(db);
await db.$disconnect();
console.log(`Database ready in ${Date.now() - started} ms`);

const port = process.env.PORT ?? "3000";
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, mode, "-p", port], { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
child.on("exit", (code) => void shutdown(code ?? 0));
