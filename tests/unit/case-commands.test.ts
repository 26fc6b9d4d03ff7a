import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { canReadCase } from "@/lib/cases/access";
import { CASE_COMMANDS, decideCaseCommand, type CaseCommand, type CommandScope } from "@/lib/cases/workflow/commands";
import { TRANSITIONS, type TransitionName } from "@/lib/cases/workflow/workflow";

/**
 * The case commands' policy, written out (STYLE.md point 11): who may give each command and which
 * department a liaison must be of. Changing who may act on whose case means changing this on purpose.
 */
const EXPECTED: Record<CaseCommand, { by: Role[]; scope: CommandScope }> = {
  accept:                { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  decline:               { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  merge:                 { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  merge_target:          { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  dispatch:              { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  sign:                  { by: ["LIAISON"],            scope: "lead" },
  return:                { by: ["LIAISON"],            scope: "lead" },
  start_consultation:    { by: ["OFFICER", "LIAISON"], scope: "lead" },
  record_consultation:   { by: ["OFFICER", "LIAISON"], scope: "lead_or_assisting" },
  conclude_consultation: { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  request_extension:     { by: ["LIAISON"],            scope: "lead" },
  decide_extension:      { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  resolve:               { by: ["OFFICER", "LIAISON"], scope: "lead" },
  assess:                { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  internal_note:         { by: ["OFFICER", "LIAISON"], scope: "lead_or_assisting" },
  public_reply:          { by: ["OFFICER", "LIAISON"], scope: "lead" },
  reveal_phone:          { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  chase:                 { by: ["OFFICER"],            scope: "any_staff_with_permission" },
  supervise:             { by: ["OFFICER", "ADMIN"],   scope: "any_staff_with_permission" },
  answer_supervision:    { by: ["LIAISON"],            scope: "lead" },
  follow_up:             { by: ["OFFICER"],            scope: "any_staff_with_permission" },
};
const COMMANDS = Object.keys(EXPECTED) as CaseCommand[];

/** Which command each staff transition is; the worker's ratings and the system's close are not staff commands. */
const TRANSITION_COMMAND: Record<TransitionName, CaseCommand | null> = {
  accept: "accept", decline: "decline", merge: "merge", dispatch: "dispatch", redispatch: "dispatch", dispatch_reopened: "dispatch",
  sign: "sign", return: "return", start_consultation: "start_consultation", conclude_consultation: "conclude_consultation",
  resolve: "resolve", assess: "assess",
  follow_up_satisfied: "follow_up", follow_up_unsatisfied_reopen: "follow_up", follow_up_unsatisfied_capped: "follow_up",
  rate_satisfied: null, rate_unsatisfied_reopen: null, rate_unsatisfied_capped: null, close_unrated: null,
};

const LEAD = "dept-lead";
const ASSIST = "dept-assist";
const OTHER = "dept-other";
const assignment = { leadDepartmentId: LEAD, departmentIds: [LEAD, ASSIST] };
const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();

describe("the case command table", () => {
  it("has exactly the commands written out here", () => {
    expect(sorted(Object.keys(CASE_COMMANDS))).toEqual(sorted(COMMANDS));
  });

  it.each(COMMANDS)("%s: given by the roles, under the department rule, written here", (command) => {
    expect({ by: sorted(CASE_COMMANDS[command].by), scope: CASE_COMMANDS[command].scope }).toEqual({ by: sorted(EXPECTED[command].by), scope: EXPECTED[command].scope });
  });

  it.each(Object.keys(TRANSITION_COMMAND) as TransitionName[])("agrees with the transition table on %s", (name) => {
    const command = TRANSITION_COMMAND[name];
    const staff = TRANSITIONS[name].by.filter((w): w is Role => (ROLES as readonly string[]).includes(w));
    if (!command) return expect(staff).toEqual([]);
    expect(sorted(staff)).toEqual(sorted(EXPECTED[command].by));
    expect(TRANSITIONS[name].leadDepartmentOnly ?? false).toBe(EXPECTED[command].scope === "lead");
  });
});

/** Who may see a case at all (the case page, its photos and every command start here). */
const READ: Record<string, boolean> = {
  "ADMIN/none": true, "OFFICER/none": true, "VIEWER/none": true, "MERCHANT/none": false,
  "LIAISON/lead": true, "LIAISON/assisting": true, "LIAISON/other": false, "LIAISON/none": false,
};
const VIEWERS: Record<string, { role: Role; departmentId: string | null }> = {
  "ADMIN/none": { role: "ADMIN", departmentId: null },
  "OFFICER/none": { role: "OFFICER", departmentId: null },
  "VIEWER/none": { role: "VIEWER", departmentId: null },
  "MERCHANT/none": { role: "MERCHANT", departmentId: null },
  "LIAISON/lead": { role: "LIAISON", departmentId: LEAD },
  "LIAISON/assisting": { role: "LIAISON", departmentId: ASSIST },
  "LIAISON/other": { role: "LIAISON", departmentId: OTHER },
  "LIAISON/none": { role: "LIAISON", departmentId: null },
};

describe("canReadCase", () => {
  it.each(Object.keys(READ))("%s: %s", (who) => {
    expect(canReadCase(VIEWERS[who]!, assignment)).toBe(READ[who]);
  });

  it("puts a liaison without a department on no case, not even one without a lead", () => {
    expect(canReadCase({ role: "LIAISON", departmentId: null }, { leadDepartmentId: null, departmentIds: [] })).toBe(false);
  });
});

/** Each command for each liaison: what the table means, read per department. Officers are city-wide. */
const LIAISON: Record<CaseCommand, { lead: string; assisting: string; other: string }> = {
  accept:                { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  decline:               { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  merge:                 { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  merge_target:          { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  dispatch:              { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  sign:                  { lead: "ok",        assisting: "not_found", other: "not_found" },
  return:                { lead: "ok",        assisting: "not_found", other: "not_found" },
  start_consultation:    { lead: "ok",        assisting: "not_found", other: "not_found" },
  record_consultation:   { lead: "ok",        assisting: "ok",        other: "not_found" },
  conclude_consultation: { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  request_extension:     { lead: "ok",        assisting: "not_found", other: "not_found" },
  decide_extension:      { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  resolve:               { lead: "ok",        assisting: "not_found", other: "not_found" },
  assess:                { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  internal_note:         { lead: "ok",        assisting: "ok",        other: "not_found" },
  public_reply:          { lead: "ok",        assisting: "not_found", other: "not_found" },
  reveal_phone:          { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  chase:                 { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  supervise:             { lead: "forbidden", assisting: "forbidden", other: "not_found" },
  answer_supervision:    { lead: "ok",        assisting: "not_found", other: "not_found" },
  follow_up:             { lead: "forbidden", assisting: "forbidden", other: "not_found" },
};

describe("decideCaseCommand", () => {
  it.each(COMMANDS)("%s for liaisons of the lead, an assisting and an unrelated department", (command) => {
    const decide = (departmentId: string | null) => decideCaseCommand(command, assignment, { role: "LIAISON", departmentId });
    expect({ lead: decide(LEAD), assisting: decide(ASSIST), other: decide(OTHER) }).toEqual(LIAISON[command]);
    expect(decide(null)).toBe("not_found");
  });

  it.each(COMMANDS)("%s for city-wide and other roles, in any department", (command) => {
    for (const departmentId of [null, OTHER]) {
      expect(decideCaseCommand(command, assignment, { role: "OFFICER", departmentId })).toBe(EXPECTED[command].by.includes("OFFICER") ? "ok" : "forbidden");
      // ADMIN sees every case and gives only 督办; VIEWER gives no command; a merchant sees none.
      expect(decideCaseCommand(command, assignment, { role: "ADMIN", departmentId })).toBe(command === "supervise" ? "ok" : "forbidden");
      expect(decideCaseCommand(command, assignment, { role: "VIEWER", departmentId })).toBe("forbidden");
      expect(decideCaseCommand(command, assignment, { role: "MERCHANT", departmentId })).toBe("not_found");
    }
  });
});
