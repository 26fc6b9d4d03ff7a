import "server-only";
import { db } from "@/lib/db";

export function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, departmentId: true, passwordHash: true, active: true },
  });
}
