import { existsSync } from "node:fs";
import path from "node:path";
import { startCluster } from "./lib/cluster";
import { applyMigrations } from "./lib/migrate";
import { root } from "./lib/schema-engine";

/**
 * `tsx scripts/cluster.ts [instances]`: N `next start` instances of the existing build behind
 * nginx (deploy/nginx.conf), on DATABASE_URL, for trying the multi-instance setup on one machine.
 */
if (!process.env.DATABASE_URL || !process.env.AUTH_SECRET) {
  console.error("Set DATABASE_URL and AUTH_SECRET (shared by every instance); STORAGE_DRIVER=s3 for photos.");
  process.exit(1);
}
if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}
await applyMigrations(process.env.DATABASE_URL);
const cluster = await startCluster(Number(process.argv[2] ?? 2), {});
console.log(`nginx on ${cluster.url} → ${cluster.instances.map((i) => i.url).join(", ")}`);
const stop = () => void cluster.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
