import { openAppDatabase } from "./lib/app-database";
import { applyMigrations } from "./lib/migrate";

// `npm run db:deploy`: apply pending migrations to DATABASE_URL (or the embedded dev database).
const db = await openAppDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
// The wasm schema engine leaves a timer behind; nothing is pending once we get here.
process.exit(0);
