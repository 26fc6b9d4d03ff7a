import "server-only";
import { db } from "@/lib/db";

export function listViolationCounts() {
  return db.cspViolation.findMany({ orderBy: [{ count: "desc" }, { directive: "asc" }] });
}
