import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, phone: true, role: true, departmentId: true, active: true, isDepartmentHead: true, lastSignInAt: true, lockedUntil: true, department: { select: { nameZh: true, nameEn: true } } },
  });
}

export function emailOrPhoneTaken(email: string, phone: string | null) {
  return db.user.count({ where: { OR: [{ email }, ...(phone ? [{ phone }] : [])] } }).then((n) => n > 0);
}

/** The account behind a session, if still active and the session's version is current. */
export function getActiveUser(id: string, sessionVersion: number) {
  return db.user.findFirst({ where: { id, active: true, sessionVersion }, select: { id: true, name: true, role: true, departmentId: true } });
}
