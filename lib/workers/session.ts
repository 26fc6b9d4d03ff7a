import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import type { WorkerSession } from "./schema";

/**
 * The signed-in worker, or null. The token was checked against WorkerAccount (session version and
 * phone) by the jwt callback in lib/auth/auth.ts; a staff session is never a worker session either.
 */
export const getWorkerSession = cache(async (): Promise<WorkerSession | null> => {
  const session = await auth();
  const worker = session?.worker;
  return worker && !session.user?.id ? { workerId: worker.workerId, phone: worker.phone } : null;
});
