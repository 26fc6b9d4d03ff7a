import { can, type Role } from "@/lib/auth/roles";

/** The departments a case is assigned to: its lead and every department on it (lead and assisting). */
export type CaseAssignment = { leadDepartmentId: string | null; departmentIds: readonly string[] };
export type CaseViewer = { role: Role; departmentId: string | null };

/**
 * Who may see a case at all, on the case page and in its photos alike: staff with cases:read, and a
 * LIAISON only while their department is on the case (lead or assisting). OFFICER, ADMIN and VIEWER
 * are city-wide. A liaison without a department is on no case.
 */
export function canReadCase(viewer: CaseViewer, c: CaseAssignment): boolean {
  if (!can(viewer.role, "cases:read")) return false;
  if (viewer.role !== "LIAISON") return true;
  return viewer.departmentId !== null && c.departmentIds.includes(viewer.departmentId);
}

/** The columns canReadCase needs, for any query that reads a case (select: { ...CASE_ASSIGNMENT_SELECT }). */
export const CASE_ASSIGNMENT_SELECT = { leadDepartmentId: true, departments: { select: { departmentId: true } } } as const;

export function caseAssignment(row: { leadDepartmentId: string | null; departments: { departmentId: string }[] }): CaseAssignment {
  return { leadDepartmentId: row.leadDepartmentId, departmentIds: row.departments.map((d) => d.departmentId) };
}
