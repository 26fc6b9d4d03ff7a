import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client on the pg driver adapter. The app uses the single instance in
 * lib/db.ts; scripts (seed, benchmarks) and tests build their own for a given database.
 */
export function createPrismaClient(connectionString: string | undefined, poolSize = 10, applicationName = "nuanxin:script") {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    application_name: applicationName,
    // Fail fast when the database is down, so health checks and pages answer within seconds.
    connectionTimeoutMillis: 3000,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
