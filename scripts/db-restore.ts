import { blobStore } from "@/lib/storage";
import { restore } from "./lib/backup";

// `npm run db:restore <folder>`: into the empty database DATABASE_URL and the configured photo store.
const url = process.env.DATABASE_URL;
const dir = process.argv[2];
if (!url || !dir) {
  console.error("Usage: DATABASE_URL=<an empty database> npm run db:restore <backup folder>");
  process.exit(1);
}
const { photos } = await restore({ databaseUrl: url, store: blobStore(), dir });
console.log(`Restored the database and ${photos} photo file(s) from ${dir}`);
