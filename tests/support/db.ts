import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/prisma-client";
import { databaseUrl, dropDatabase, ensureDatabase } from "../../scripts/lib/database";

/** A Prisma client on the run's test database. */
export function testDb() {
  return createPrismaClient(process.env.DATABASE_URL, 4);
}

/** A brand-new empty database on the test server, dropped by the returned function. */
export async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_ADMIN_URL!;
  const name = `nuanxin_scratch_${randomUUID().slice(0, 8)}`;
  await ensureDatabase(admin, name);
  return { url: databaseUrl(admin, name), drop: () => dropDatabase(admin, name) };
}

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.nuanxin.local`;
}
