import "server-only";
import { db } from "@/lib/db";

export function listCategories() {
  return db.caseCategory.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
}

export function listWorkerGroups() {
  return db.workerGroup.findMany({ orderBy: { sortOrder: "asc" } });
}

export function findReferenceById(id: string) {
  return db.case.findUnique({ where: { id }, select: { reference: true } });
}
