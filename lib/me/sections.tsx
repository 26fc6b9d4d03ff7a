import type { ReactNode } from "react";
import { MyCasesSection } from "@/lib/workers/components/my-cases";
import type { WorkerSession } from "@/lib/workers/schema";

/**
 * What "我的" (/me) shows a signed-in worker: one section per domain, in this order. A domain adds
 * its section here (event sign-ups, aid applications, points); each renders nothing when it has
 * nothing for this worker, so the page never shows an empty placeholder.
 */
export type MeSection = { id: string; render: (worker: WorkerSession) => ReactNode };

export const WORKER_SECTIONS: readonly MeSection[] = [{ id: "cases", render: (worker) => <MyCasesSection worker={worker} /> }];
