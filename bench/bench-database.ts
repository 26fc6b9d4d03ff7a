import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedFacilities } from "../prisma/seed/facilities";
import { databaseUrl, dropDatabase, ensureDatabase, startDatabaseServer } from "../scripts/lib/database";
import { freePort } from "../scripts/lib/free-port";
import { applyMigrations } from "../scripts/lib/migrate";
import { generatePlaces, insertPlaces, type Region } from "./generate-places";

export type BenchDatabase = { url: string; embedded: boolean; serverVersion: string; close: () => Promise<void> };
export type FillTiming = { places: number; facilityRows: number; hoursRows: number; generateMs: number; insertMs: number; analyzeMs: number; skippedFkChecks: boolean };

/**
 * A fresh database (nuanxin_bench_<stamp>) on BENCH_DATABASE_URL / TEST_DATABASE_URL / DATABASE_URL's
 * server, or on a throw-away embedded PostgreSQL; migrated, with the facility taxonomy seeded.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const dataDir = external ? undefined : mkdtempSync(path.join(tmpdir(), "nuanxin-bench-pg-"));
  const server = await startDatabaseServer(external, { dataDir: dataDir ?? "", port: await freePort(), persistent: false });
  const name = `nuanxin_bench_${Date.now().toString(36)}${process.pid}`;
  const close = async () => {
    await dropDatabase(server.adminUrl, name).catch((e) => console.error(`Could not drop ${name}:`, e));
    await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await ensureDatabase(server.adminUrl, name);
    const url = databaseUrl(server.adminUrl, name);
    await applyMigrations(url);
    const db = createPrismaClient(url, 2);
    await seedFacilities(db);
    await db.$disconnect();
    const serverVersion = await withClient(url, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);
    return { url, embedded: !external, serverVersion, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export async function withClient<T>(url: string, f: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

/** Replaces every place with `count` generated ones, then VACUUM ANALYZE so plans see the new sizes. */
export function fillPlaces(url: string, count: number, region: Region): Promise<FillTiming> {
  return withClient(url, async (client) => {
    await client.query(`TRUNCATE "Place" CASCADE`);
    let t = performance.now();
    const places = generatePlaces(count, region);
    const generateMs = performance.now() - t;
    t = performance.now();
    const skippedFkChecks = await insertPlaces(client, places);
    const insertMs = performance.now() - t;
    t = performance.now();
    await client.query(`VACUUM ANALYZE "Place", "PlaceFacility", "PlaceHours"`);
    const analyzeMs = performance.now() - t;
    const facilityRows = places.reduce((n, p) => n + p.facilities.length, 0);
    const hoursRows = places.reduce((n, p) => n + p.hours.length, 0);
    return { places: count, facilityRows, hoursRows, generateMs, insertMs, analyzeMs, skippedFkChecks };
  });
}
