import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client; kept on globalThis so that dev hot reloads do not open new pools. */
export const db = globalForPrisma.prisma ?? createPrismaClient(process.env.DATABASE_URL, Number(process.env.DATABASE_POOL_SIZE ?? 10));
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
