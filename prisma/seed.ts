import { createPrismaClient } from "@/lib/prisma-client";
import { openAppDatabase } from "../scripts/lib/app-database";
import { seedDatabase } from "./seed/index";

// `npm run db:seed`: seed DATABASE_URL, or the embedded development database when unset.
const database = await openAppDatabase();
const db = createPrismaClient(database.url, 2);
try {
  await seedDatabase(db);
} finally {
  await db.$disconnect();
  await database.stop();
}
