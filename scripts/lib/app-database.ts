import { databaseUrl, ensureDatabase, startDatabaseServer } from "./database";

export type AppDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The portal's database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 * lives in .data/postgres (git-ignored) and survives restarts.
 */
export async function openAppDatabase(): Promise<AppDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const server = await startDatabaseServer(undefined, { dataDir: ".data/postgres", port, persistent: true });
  await ensureDatabase(server.adminUrl, "nuanxin");
  return { url: databaseUrl(server.adminUrl, "nuanxin"), embedded: true, stop: server.stop };
}
