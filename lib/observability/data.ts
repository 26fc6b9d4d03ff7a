import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { pgPool } from "@/lib/pg-pool";

let migrationsDone = false;

/**
 * Whether every migration shipped with this build is applied. Once true it stays true for the
 * life of the process: migrations only arrive with a new release, i.e. a new process.
 */
export async function pendingMigrations(): Promise<string[]> {
  if (migrationsDone) return [];
  const dir = path.join(process.cwd(), "prisma/migrations");
  const shipped = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const { rows } = await pgPool.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
  const applied = new Set(rows.map((r) => r.name));
  const pending = shipped.filter((m) => !applied.has(m)).sort();
  migrationsDone = pending.length === 0;
  return pending;
}

/** graphile-worker's queue by task: pending jobs, and failed ones whose attempts are used up. */
export async function jobQueueCounts(): Promise<{ task: string; pending: number; failed: number }[]> {
  const { rows } = await pgPool.query<{ task: string; pending: number; failed: number }>(
    `SELECT task_identifier AS task, count(*) FILTER (WHERE attempts < max_attempts)::int AS pending,
            count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed
     FROM graphile_worker.jobs GROUP BY 1`,
  );
  return rows;
}
