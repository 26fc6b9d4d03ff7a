import "server-only";
import { db } from "@/lib/db";

export function findCode(purpose: string, destination: string) {
  return db.oneTimeCode.findUnique({ where: { purpose_destination: { purpose, destination } } });
}
