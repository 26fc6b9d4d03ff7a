import { grantAppRole } from "./lib/app-role";

// `npm run db:grant`: create or update the app's least-privilege role (the user in DATABASE_URL),
// connected as the owner in MIGRATION_DATABASE_URL. db:deploy runs the same grants after migrating.
const ownerUrl = process.env.MIGRATION_DATABASE_URL;
const appUrl = process.env.DATABASE_URL;
if (!ownerUrl || !appUrl) {
  console.error("Set MIGRATION_DATABASE_URL (the owner, for migrations) and DATABASE_URL (the app role).");
  process.exit(1);
}
const role = await grantAppRole(ownerUrl, appUrl);
console.log(`Role ${role} may read and write the app's rows, and nothing more.`);
