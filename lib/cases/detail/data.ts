import "server-only";
import { db } from "@/lib/db";
import { CASE_ASSIGNMENT_SELECT, caseAssignment } from "../access";

export function getCaseForStaff(id: string) {
  return db.case.findUnique({
    where: { id },
    include: {
      category: { select: { nameZh: true, nameEn: true, attributes: true } },
      workerGroup: { select: { nameZh: true, nameEn: true } },
      place: { select: { id: true, nameZh: true, nameEn: true } },
      leadDepartment: { select: { id: true, nameZh: true, nameEn: true } },
      departments: { include: { department: { select: { id: true, nameZh: true, nameEn: true } } } },
      photos: { select: { id: true, width: true, height: true }, orderBy: { createdAt: "asc" } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      consultations: {
        orderBy: { heldAt: "asc" },
        include: {
          departments: { include: { department: { select: { nameZh: true, nameEn: true } } } },
          actionItems: { include: { ownerDepartment: { select: { nameZh: true, nameEn: true } } }, orderBy: { dueAt: "asc" } },
        },
      },
      extensions: { orderBy: { createdAt: "asc" } },
      supervisionOrders: { orderBy: { createdAt: "asc" } },
    },
  });
}

/** Which departments a case is assigned to (lead and assisting), for canReadCase; null when there is no such case. */
export function getCaseAssignment(caseId: string) {
  return db.case.findUnique({ where: { id: caseId }, select: CASE_ASSIGNMENT_SELECT }).then((c) => (c ? caseAssignment(c) : null));
}

export function recordAccessDenied(userId: string, caseId: string) {
  return db.accessLog.create({ data: { userId, caseId, action: "DENIED_READ" } });
}

export function listDispatchDepartments() {
  return db.department.findMany({ orderBy: [{ isLocalGovernment: "asc" }, { code: "asc" }], select: { id: true, code: true, nameZh: true, nameEn: true } });
}

export function listCannedReplies(status: string) {
  return db.cannedReply.findMany({ where: { OR: [{ status: null }, { status: status as never }] }, orderBy: { sortOrder: "asc" } });
}
