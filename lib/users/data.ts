import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, phone: true, role: true, active: true, isDepartmentHead: true, lastSignInAt: true, department: { select: { nameZh: true, nameEn: true } } },
  });
}

export function emailOrPhoneTaken(email: string, phone: string | null) {
  return db.user.count({ where: { OR: [{ email }, ...(phone ? [{ phone }] : [])] } }).then((n) => n > 0);
}

/** The account behind a session, if still active: a deactivation or role change applies at once. */
export function getActiveUser(id: string) {
  return db.user.findFirst({ where: { id, active: true }, select: { id: true, name: true, role: true, departmentId: true } });
}
