import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { maskPhone } from "@/lib/notify/sms";
import { staffActor } from "../workflow/mutations/context";
import { overdueWorkingDays } from "../workflow/mutations/dispatch";
import { findReferenceById } from "../data";
import { canReadCase } from "../access";
import { getCaseAssignment, getCaseForStaff, listCannedReplies, listDispatchDepartments, recordAccessDenied } from "./data";
import { CASE_COMMANDS, decideCaseCommand, type CaseCommand } from "../workflow/commands";
import { availableTransitions, OPEN_STATUSES, type CaseStatus } from "../workflow/workflow";
import { loadCalendarOverrides } from "../workflow/data";

const isOpen = (status: CaseStatus) => OPEN_STATUSES.includes(status);

/**
 * One case for staff. Whoever canReadCase refuses (a liaison whose department is not on the case)
 * gets the same 404 as for a case that does not exist, and the attempt is recorded. The case's
 * photos follow the same rule (lib/cases/tracking/photo-access.ts).
 */
export const loadCaseDetail = cache(async (id: string) => {
  const user = await requirePermission("cases:read");
  if (!/^[a-z0-9]{20,40}$/.test(id)) notFound();
  const assignment = await getCaseAssignment(id);
  if (!assignment) notFound();
  if (!canReadCase(user, assignment)) {
    await recordAccessDenied(user.id, id);
    notFound();
  }
  const c = await getCaseForStaff(id);
  if (!c) notFound();
  const actor = staffActor(user);
  const [overrides, canned, departments, mergedInto] = await Promise.all([
    loadCalendarOverrides(),
    listCannedReplies(c.status),
    listDispatchDepartments(),
    c.mergedIntoId ? findReferenceById(c.mergedIntoId) : null,
  ]);
  // Secrets and idempotency bookkeeping never leave the server.
  const { contactPhone, secretHash, idempotencyKey, requestHash, ...rest } = c;
  return {
    case: {
      ...rest,
      // Phones are masked for everyone; an officer may reveal one, with a recorded reason.
      contactPhone: contactPhone ? maskPhone(contactPhone) : null,
      hasPhone: !!contactPhone,
      // An anonymous worker's name is never stored; staff see no name either way unless given.
      mergedIntoReference: mergedInto?.reference ?? null,
      overdueDays: isOpen(c.status) ? overdueWorkingDays(c.dueAt, new Date(), overrides) : 0,
      photoUrls: c.photos.map((p) => `/api/v1/cases/${c.reference}/photos/${p.id}`),
    },
    viewer: { role: user.role, departmentId: user.departmentId, canRevealPhone: user.role === "OFFICER", readOnly: user.role === "VIEWER" || user.role === "ADMIN" },
    // The command table decides what the page offers, as it decides what the mutations accept.
    commands: (Object.keys(CASE_COMMANDS) as CaseCommand[]).filter((command) => decideCaseCommand(command, assignment, user) === "ok"),
    transitions: availableTransitions(c, actor),
    cannedReplies: canned,
    departments,
  };
});
