import "server-only";
import { db } from "@/lib/db";

export function listDepartments() {
  return db.department.findMany({
    orderBy: [{ isLocalGovernment: "asc" }, { code: "asc" }],
    select: { id: true, code: true, nameZh: true, nameEn: true, isLocalGovernment: true, _count: { select: { users: true } } },
  });
}

export function getDepartmentName(id: string) {
  return db.department.findUnique({ where: { id }, select: { nameZh: true, nameEn: true } });
}
