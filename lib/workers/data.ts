import "server-only";
import { db } from "@/lib/db";

/** Cases filed with this contact phone that still carry it (a redacted case has none). */
export function findCasesByPhone(phone: string) {
  return db.case.findMany({
    where: { contactPhone: phone, redactedAt: null },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, reference: true, secretHash: true, status: true, createdAt: true, category: { select: { nameZh: true, nameEn: true } } },
  });
}

export function findWorkerAccount(id: string) {
  return db.workerAccount.findUnique({ where: { id }, select: { id: true, phone: true, sessionVersion: true } });
}
