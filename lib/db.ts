import "server-only";
import { onShutdown } from "@/lib/shutdown";
import { instancePoolShares, poolName } from "@/lib/pool-budget";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client; kept on globalThis so that dev hot reloads do not open new pools. */
export const db = globalForPrisma.prisma ?? createPrismaClient(process.env.DATABASE_URL, instancePoolShares().prisma, poolName("prisma"));
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
// Closed at SIGTERM after requests and jobs are done (lib/shutdown.ts).
onShutdown("pools", () => db.$disconnect());
