import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const MAX_SAVED_VIEWS = 30;

/** Saves an inbox query under a name for one user; the query is already canonical. */
export async function createSavedView(userId: string, input: { name: string; query: string }) {
  return db.$transaction(async (tx) => {
    if ((await tx.savedView.count({ where: { userId } })) >= MAX_SAVED_VIEWS) throw new AppError("validation", 400, "too_many_views");
    return tx.savedView.create({ data: { userId, name: input.name, filters: { query: input.query } }, select: { id: true } });
  });
}

/** Deletes a view only if it belongs to the user: another user's id deletes nothing. */
export async function deleteSavedView(userId: string, id: string): Promise<boolean> {
  const { count } = await db.savedView.deleteMany({ where: { id, userId } });
  return count === 1;
}
