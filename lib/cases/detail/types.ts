import type { loadCaseDetail } from "./loaders";

export type CaseDetail = Awaited<ReturnType<typeof loadCaseDetail>>;
export type StaffCase = CaseDetail["case"];
export type Viewer = CaseDetail["viewer"];
export type DepartmentOption = { value: string; label: string };
export type CannedReplyOption = { id: string; title: string; body: string };
