import path from "node:path";
import { blobStore } from "@/lib/storage";
import { backup } from "./lib/backup";

// `npm run db:backup [folder]`: the database (DATABASE_URL) and the photo store (STORAGE_DRIVER…)
// into one folder, by default backups/<UTC timestamp>. docs/BACKUP.md has the restore and PITR recipes.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to back up.");
  process.exit(1);
}
const dir = path.resolve(process.argv[2] ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-")));
const { photos } = await backup({ databaseUrl: url, store: blobStore(), dir });
console.log(`Backed up the database and ${photos} photo file(s) to ${dir}`);
