import { databaseUrl, ensureDatabase, startDatabaseServer } from "./database";

export type AppDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * Why a production start may not fall back to the embedded PostgreSQL, or null when it may.
 * A forgotten DATABASE_URL on a production host would otherwise open an empty database in
 * .data/postgres beside the code, and the instances behind a load balancer would each have
 * their own: cases split between machines, no backups.
 */
export function refusedEmbedded(mode: "dev" | "start", env: Record<string, string | undefined>): string | null {
  if (mode === "dev" || env.DATABASE_URL || env.NUANXIN_SINGLE_MACHINE === "1") return null;
  return "DATABASE_URL is not set: production needs an external PostgreSQL (or NUANXIN_SINGLE_MACHINE=1 to run one instance on the embedded database in .data/postgres).";
}

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
