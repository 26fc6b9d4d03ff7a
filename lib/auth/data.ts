import "server-only";
import { db } from "@/lib/db";
import type { Identifier } from "./schema";

export function getUserForSignIn(identifier: Identifier) {
  return db.user.findUnique({
    where: identifier.kind === "email" ? { email: identifier.value } : { phone: identifier.value },
    select: { id: true, name: true, email: true, role: true, departmentId: true, passwordHash: true, active: true, lockedUntil: true, sessionVersion: true },
  });
}

/** The role of an active account, to choose where a successful sign-in lands; null if none. */
export async function getRoleForSignIn(identifier: Identifier) {
  const user = await getUserForSignIn(identifier);
  return user?.active ? user.role : null;
}

/** What a session token is checked against on every request. */
export function getSessionAccount(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, role: true, departmentId: true, active: true, sessionVersion: true } });
}
