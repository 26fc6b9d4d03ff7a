import { openAppDatabase } from "./lib/app-database";
import { grantAppRole } from "./lib/app-role";
import { applyMigrations } from "./lib/migrate";

// `npm run db:deploy`: apply pending migrations as the owner, MIGRATION_DATABASE_URL (else
// DATABASE_URL, else the embedded dev database). When the app connects as another role
// (DATABASE_URL names a different user), its grants are renewed for any new tables.
const migrationUrl = process.env.MIGRATION_DATABASE_URL;
const db = migrationUrl ? { url: migrationUrl, stop: async () => {} } : await openAppDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  const appUrl = process.env.DATABASE_URL;
  if (migrationUrl && appUrl && new URL(appUrl).username !== new URL(migrationUrl).username) {
    console.log(`Granted the app role ${await grantAppRole(migrationUrl, appUrl)} its rights.`);
  }
} finally {
  await db.stop();
}
// The wasm schema engine leaves a timer behind; nothing is pending once we get here.
process.exit(0);
