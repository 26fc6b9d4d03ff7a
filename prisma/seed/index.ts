import { parseEnv } from "@/lib/env";
import type { Db } from "@/lib/prisma-client";
import { seedAdmin } from "./admin";
import { seedCaseCategories } from "./case-categories";
import { seedDepartments } from "./departments";
import { seedFacilities } from "./facilities";
import { seedSamplePlaces } from "./sample-places";

/**
 * Reference data is upserted on every start (idempotent); the first administrator is created
 * when there is none. Sample places come with the places capability.
 */
export async function seedDatabase(db: Db): Promise<void> {
  const env = parseEnv(process.env);
  await seedDepartments(db);
  await seedFacilities(db);
  await seedCaseCategories(db);
  await seedSamplePlaces(db);
  await seedAdmin(db, env);
}
