import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { availableTransitions, canTransition, CASE_STATUSES, TRANSITIONS, type Actor, type CaseStatus, type TransitionName } from "@/lib/cases/workflow/workflow";

const LEAD = "dept-lead";
const OTHER = "dept-other";
const NAMES = Object.keys(TRANSITIONS) as TransitionName[];

type Who = Role | "WORKER" | "SYSTEM";
const WHO: Who[] = [...ROLES, "WORKER", "SYSTEM"];

/** A LIAISON here belongs to the lead department, so only state and role decide. */
function actorFor(who: Who, departmentId: string | null = LEAD): Actor {
  if (who === "WORKER" || who === "SYSTEM") return { kind: who };
  return { kind: "STAFF", role: who, userId: `user-${who}`, departmentId };
}

const pairs = NAMES.flatMap((name) => CASE_STATUSES.map((status) => ({ name, status })));

describe("the transition table", () => {
  it("covers every transition in every state", () => {
    expect(pairs).toHaveLength(CASE_STATUSES.length * NAMES.length);
  });

  // One case per (transition, state); each checks every role, the worker and the system.
  it.each(pairs)("$name from $status: allowed exactly for the roles the table names", ({ status, name }) => {
    const t = TRANSITIONS[name];
    for (const who of WHO) {
      const expected = t.from.includes(status) && t.by.includes(who);
      const result = canTransition(name, { status, leadDepartmentId: LEAD }, actorFor(who));
      expect(result.ok, `${name} from ${status} by ${who}`).toBe(expected);
      if (!result.ok) expect(result.reason, `${name} from ${status} by ${who}`).toBe(t.from.includes(status) ? "wrong_role" : "wrong_state");
    }
  });

  const leadOnly = NAMES.filter((n) => TRANSITIONS[n].leadDepartmentOnly && TRANSITIONS[n].by.includes("LIAISON"));

  it("has lead-department-only transitions to check", () => {
    expect(leadOnly.length).toBeGreaterThan(0);
  });

  it.each(leadOnly.flatMap((name) => TRANSITIONS[name].from.map((status) => ({ name, status }))))(
    "$name from $status: a liaison of another department is denied wrong_department",
    ({ name, status }) => {
      for (const departmentId of [OTHER, null]) {
        expect(canTransition(name, { status, leadDepartmentId: LEAD }, actorFor("LIAISON", departmentId))).toEqual({ ok: false, reason: "wrong_department" });
      }
      // A case without a lead department belongs to no liaison.
      expect(canTransition(name, { status, leadDepartmentId: null }, actorFor("LIAISON", LEAD))).toEqual({ ok: false, reason: "wrong_department" });
    },
  );

  it("does not restrict officers by department on lead-only transitions", () => {
    for (const name of leadOnly.filter((n) => TRANSITIONS[n].by.includes("OFFICER"))) {
      const status = TRANSITIONS[name].from[0]!;
      expect(canTransition(name, { status, leadDepartmentId: LEAD }, actorFor("OFFICER", OTHER)).ok).toBe(true);
    }
  });

  const workerOrSystem = NAMES.filter((n) => TRANSITIONS[n].by.every((b) => b === "WORKER" || b === "SYSTEM"));

  it.each(workerOrSystem)("%s (the worker's or the system's) is denied to every staff role in every state", (name) => {
    expect(workerOrSystem).toEqual(expect.arrayContaining(["rate_satisfied", "rate_unsatisfied_reopen", "rate_unsatisfied_capped", "close_unrated"]));
    for (const status of CASE_STATUSES) {
      for (const role of ROLES) {
        const result = canTransition(name, { status, leadDepartmentId: LEAD }, actorFor(role));
        expect(result.ok).toBe(false);
      }
    }
  });

  it("offers staff only what canTransition allows, and never a worker or system transition", () => {
    for (const status of CASE_STATUSES as readonly CaseStatus[]) {
      for (const role of ROLES) {
        for (const departmentId of [LEAD, OTHER]) {
          const actor = actorFor(role, departmentId);
          const offered = availableTransitions({ status, leadDepartmentId: LEAD }, actor);
          expect(offered).toEqual(NAMES.filter((n) => canTransition(n, { status, leadDepartmentId: LEAD }, actor).ok));
          expect(offered.filter((n) => workerOrSystem.includes(n))).toEqual([]);
        }
      }
    }
  });

  it("gives ADMIN, VIEWER and MERCHANT nothing to do", () => {
    for (const status of CASE_STATUSES) {
      for (const role of ["ADMIN", "VIEWER", "MERCHANT"] as const) {
        expect(availableTransitions({ status, leadDepartmentId: LEAD }, actorFor(role))).toEqual([]);
      }
    }
  });
});
