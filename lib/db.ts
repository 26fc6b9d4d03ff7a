import "server-only";
import { onShutdown } from "@/lib/shutdown";
import { instancePoolShares, poolName } from "@/lib/pool-budget";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: Db; replica?: Db };

/** The one Prisma client; kept on globalThis so that dev hot reloads do not open new pools. */
export const db = globalForPrisma.prisma ?? createPrismaClient(process.env.DATABASE_URL, instancePoolShares().prisma, poolName("prisma"));
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
// Closed at SIGTERM after requests and jobs are done (lib/shutdown.ts).
onShutdown("pools", () => db.$disconnect());

const replicaUrl = process.env.DATABASE_REPLICA_URL;
/**
 * The client for public reads that may lag a moment (place pages, the place JSON): the streaming
 * replica when DATABASE_REPLICA_URL is set, otherwise the primary. Its pool is on the replica's
 * server, so it does not count against the primary's budget. Choose it through lib/replica/data.ts,
 * which keeps a visitor who has just written on the primary.
 */
export const replicaDb = replicaUrl ? (globalForPrisma.replica ??= createPrismaClient(replicaUrl, instancePoolShares().prisma, "nuanxin:prisma-replica")) : db;
if (replicaUrl) onShutdown("pools", () => replicaDb.$disconnect());
