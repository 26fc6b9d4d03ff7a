import { parseEnv } from "@/lib/env";
import type { Db } from "@/lib/prisma-client";
import { seedAdmin } from "./admin";
import { seedCalendarAndSla } from "./calendar";
import { seedCannedReplies } from "./canned-replies";
import { seedCaseCategories } from "./case-categories";
import { seedDepartments } from "./departments";
import { seedFacilities } from "./facilities";
import { seedSamplePlaces } from "./sample-places";

/**
 * Reference data is upserted on every start (idempotent); the first administrator is created
 * when there is none; sample places go only into an empty directory (see sample-places.ts).
 */
export async function seedDatabase(db: Db): Promise<void> {
  const env = parseEnv(process.env);
  await seedDepartments(db);
  await seedFacilities(db);
  await seedCaseCategories(db);
  await seedCalendarAndSla(db);
  await seedCannedReplies(db);
  await seedSamplePlaces(db);
  await seedAdmin(db, env);
}
