import "server-only";
import { db } from "@/lib/db";

export async function recordSignIn(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}
