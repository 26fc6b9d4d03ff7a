import "server-only";
import type { Task } from "graphile-worker";
import { db } from "@/lib/db";
import { blobStore } from "@/lib/storage";
import { purgeOrphanBlobs } from "@/lib/storage/orphans";

/** Far longer than any submission takes (uploads over a weak network included). */
export const ORPHAN_PHOTO_MINUTES = 60;

/** Hourly (the crontab in lib/jobs/worker.ts): case photos whose submission never committed. */
export const purgeOrphanPhotos: Task = async (_payload, helpers) => {
  const removed = await purgeOrphanCasePhotos(new Date(Date.now() - ORPHAN_PHOTO_MINUTES * 60_000));
  if (removed.length) helpers.logger.info(`Removed ${removed.length} case photo file(s) without a case`);
};

export function purgeOrphanCasePhotos(olderThan: Date): Promise<string[]> {
  return purgeOrphanBlobs({
    store: blobStore(),
    prefix: "cases",
    olderThan,
    referenced: async (keys) => {
      const rows = await db.casePhoto.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
      return new Set(rows.map((r) => r.storageKey));
    },
  });
}
