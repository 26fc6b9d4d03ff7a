import type { Role } from "@/lib/auth/roles";
import { canReadCase, type CaseAssignment, type CaseViewer } from "../access";

/**
 * Every staff command on a case, with who may give it and which department a LIAISON must be of.
 * Enforced by authorizeCaseCommand() in every mutation, transitions or not; the transition table
 * (workflow.ts) says the same for the transitions and also decides what the UI offers.
 *   "lead"                      a liaison of the case's lead department
 *   "lead_or_assisting"         a liaison of any department on the case
 *   "any_staff_with_permission" no rule beyond seeing the case (canReadCase); in practice officer-only
 * OFFICER and ADMIN are never bound to a department.
 */
export type CommandScope = "lead" | "lead_or_assisting" | "any_staff_with_permission";

export type CaseCommand =
  | "accept" | "decline" | "merge" | "merge_target" | "dispatch" | "sign" | "return" | "start_consultation"
  | "record_consultation" | "conclude_consultation" | "request_extension" | "decide_extension" | "resolve"
  | "assess" | "internal_note" | "public_reply" | "reveal_phone" | "chase"
  | "supervise" | "answer_supervision" | "follow_up";

export const CASE_COMMANDS: Record<CaseCommand, { by: readonly Role[]; scope: CommandScope }> = {
  accept: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  decline: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  merge: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  // The case a duplicate is merged into gets a supporter and a timeline link: checked like the source.
  merge_target: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  // Also redispatch (after 退单) and dispatch_reopened (重办).
  dispatch: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  sign: { by: ["LIAISON"], scope: "lead" },
  return: { by: ["LIAISON"], scope: "lead" },
  start_consultation: { by: ["OFFICER", "LIAISON"], scope: "lead" },
  // Assisting departments sit in the 联席会商 and may put its minutes on record.
  record_consultation: { by: ["OFFICER", "LIAISON"], scope: "lead_or_assisting" },
  conclude_consultation: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  request_extension: { by: ["LIAISON"], scope: "lead" },
  decide_extension: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  resolve: { by: ["OFFICER", "LIAISON"], scope: "lead" },
  assess: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  internal_note: { by: ["OFFICER", "LIAISON"], scope: "lead_or_assisting" },
  // The worker's timeline speaks with the lead department's voice only.
  public_reply: { by: ["OFFICER", "LIAISON"], scope: "lead" },
  reveal_phone: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  // 催办 by hand: the hotline office presses the lead department, at any stage it holds the case.
  chase: { by: ["OFFICER"], scope: "any_staff_with_permission" },
  // 督办: a formal order, by the hotline office or an administrator on a leader's instruction.
  supervise: { by: ["OFFICER", "ADMIN"], scope: "any_staff_with_permission" },
  // 督办反馈 speaks for the lead department, as its public replies do.
  answer_supervision: { by: ["LIAISON"], scope: "lead" },
  // 回访: the hotline office calls the worker back on a resolved case.
  follow_up: { by: ["OFFICER"], scope: "any_staff_with_permission" },
};

export type CommandDecision = "ok" | "not_found" | "forbidden";

/**
 * Whether `actor` may give `command` on case `c`. Someone who may not see the case, or a liaison
 * outside the command's department rule, gets "not_found" (the same answer as a missing case);
 * someone who sees the case but whose role may not give the command gets "forbidden".
 */
export function decideCaseCommand(command: CaseCommand, c: CaseAssignment, actor: CaseViewer): CommandDecision {
  if (!canReadCase(actor, c)) return "not_found";
  const rule = CASE_COMMANDS[command];
  if (!rule.by.includes(actor.role)) return "forbidden";
  if (actor.role !== "LIAISON" || rule.scope === "any_staff_with_permission") return "ok";
  if (rule.scope === "lead") return actor.departmentId !== null && actor.departmentId === c.leadDepartmentId ? "ok" : "not_found";
  return "ok"; // lead_or_assisting: canReadCase already placed the liaison on the case
}
