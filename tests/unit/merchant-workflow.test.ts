import { describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "@/lib/auth/roles";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/merchants/schema";
import {
  canTransition, isEditableByMerchant, NEXT_STATES, OPEN_STATUSES, reviewActionsFor, TRANSITIONS, type ReviewAction, type TransitionName,
} from "@/lib/merchants/workflow";
import type { MerchantNotificationKind } from "@/lib/notify/mutations";

/**
 * A venue application's policy, written out (STYLE.md point 11). Nothing here is read from
 * TRANSITIONS: changing who may move an application, or what the merchant is told, means
 * changing these tables on purpose.
 */
const STATES = ["SUBMITTED", "UNDER_REVIEW", "APPROVED", "REJECTED", "NEEDS_CHANGES"] as const satisfies readonly ApplicationStatus[];
const ALL_ROLES = ["ADMIN", "OFFICER", "LIAISON", "MERCHANT", "VIEWER"] as const satisfies readonly Role[];
type By = "STAFF" | "MERCHANT";

type Expected = { from: ApplicationStatus; to: ApplicationStatus; by: By; noteRequired: boolean; tellsMerchant: MerchantNotificationKind | null };

/** Every move: from, to, whose it is, whether a note is required, and which notice the merchant gets. */
const EXPECTED: Record<TransitionName, Expected> = {
  start_review:    { from: "SUBMITTED",     to: "UNDER_REVIEW",  by: "STAFF",    noteRequired: false, tellsMerchant: null },
  approve:         { from: "UNDER_REVIEW",  to: "APPROVED",      by: "STAFF",    noteRequired: false, tellsMerchant: "merchant_approved" },
  reject:          { from: "UNDER_REVIEW",  to: "REJECTED",      by: "STAFF",    noteRequired: true,  tellsMerchant: "merchant_rejected" },
  request_changes: { from: "UNDER_REVIEW",  to: "NEEDS_CHANGES", by: "STAFF",    noteRequired: true,  tellsMerchant: "merchant_changes_requested" },
  resubmit:        { from: "NEEDS_CHANGES", to: "SUBMITTED",     by: "MERCHANT", noteRequired: false, tellsMerchant: null },
};
const NAMES = Object.keys(EXPECTED) as TransitionName[];

/**
 * Move × role → allowed (in the move's from-state). Reviews go through reviewAction, which
 * requires "merchants:review"; a resubmission goes through requireMerchant (the MERCHANT role,
 * on the merchant's own application: ownership is checked in the mutation).
 */
const ALLOWED: Record<TransitionName, Record<Role, boolean>> = {
  //                 ADMIN        OFFICER        LIAISON         MERCHANT         VIEWER
  start_review:    { ADMIN: true,  OFFICER: true,  LIAISON: false, MERCHANT: false, VIEWER: false },
  approve:         { ADMIN: true,  OFFICER: true,  LIAISON: false, MERCHANT: false, VIEWER: false },
  reject:          { ADMIN: true,  OFFICER: true,  LIAISON: false, MERCHANT: false, VIEWER: false },
  request_changes: { ADMIN: true,  OFFICER: true,  LIAISON: false, MERCHANT: false, VIEWER: false },
  resubmit:        { ADMIN: false, OFFICER: false, LIAISON: false, MERCHANT: true,  VIEWER: false },
};

/** State → what a reviewer is offered, whether the merchant may edit, and where it may go next. */
const BY_STATE: Record<ApplicationStatus, { review: ReviewAction[]; merchantEdits: boolean; next: ApplicationStatus[] }> = {
  SUBMITTED: { review: ["start_review"], merchantEdits: false, next: ["UNDER_REVIEW"] },
  UNDER_REVIEW: { review: ["approve", "reject", "request_changes"], merchantEdits: false, next: ["APPROVED", "REJECTED", "NEEDS_CHANGES"] },
  APPROVED: { review: [], merchantEdits: false, next: [] },
  REJECTED: { review: [], merchantEdits: false, next: [] },
  NEEDS_CHANGES: { review: [], merchantEdits: true, next: ["SUBMITTED"] },
};

/** States in which an application still waits for someone (one at a time per venue). */
const OPEN: ApplicationStatus[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_CHANGES"];

const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();

/** How the server composes the gates: the permission (or merchant role) first, then the table. */
function mayMove(role: Role, name: TransitionName, status: ApplicationStatus): boolean {
  if (can(role, "merchants:review") && canTransition(name, status, "STAFF")) return true;
  return role === "MERCHANT" && canTransition(name, status, "MERCHANT");
}

describe("the merchant application workflow", () => {
  it("has exactly the states and moves written out here", () => {
    expect([...APPLICATION_STATUSES]).toEqual([...STATES]);
    // A new move (or a removed one) fails here until this test says whose it is.
    expect(sorted(Object.keys(TRANSITIONS))).toEqual(sorted(NAMES));
    expect(sorted(Object.keys(ALLOWED))).toEqual(sorted(NAMES));
    expect(sorted(Object.keys(BY_STATE))).toEqual(sorted(STATES));
    expect(sorted(ROLES)).toEqual(sorted(ALL_ROLES));
  });

  it.each(NAMES)("%s goes from and to the states, for the party, with the note and notice written here", (name) => {
    expect(TRANSITIONS[name]).toEqual(EXPECTED[name]);
  });

  it.each(NAMES.flatMap((name) => STATES.flatMap((status) => (["STAFF", "MERCHANT"] as const).map((by) => ({ name, status, by })))))(
    "$name from $status by $by: allowed only from its from-state by its party",
    ({ name, status, by }) => {
      expect(canTransition(name, status, by)).toBe(EXPECTED[name].from === status && EXPECTED[name].by === by);
    },
  );

  it.each(NAMES)("%s is allowed exactly for the roles the expected table names", (name) => {
    for (const role of ALL_ROLES) {
      expect(mayMove(role, name, EXPECTED[name].from), `${name} by ${role}`).toBe(ALLOWED[name][role]);
      // Outside its from-state, nobody may take it.
      for (const status of STATES.filter((s) => s !== EXPECTED[name].from)) expect(mayMove(role, name, status), `${name} from ${status} by ${role}`).toBe(false);
    }
  });

  it.each(STATES)("in %s, offers the reviewer, the merchant and the UI what the expected table names", (status) => {
    expect(sorted(reviewActionsFor(status))).toEqual(sorted(BY_STATE[status].review));
    expect(isEditableByMerchant(status)).toBe(BY_STATE[status].merchantEdits);
    expect(sorted(NEXT_STATES[status])).toEqual(sorted(BY_STATE[status].next));
  });

  it("tells the merchant of an approval, a rejection or a change request, and of nothing else", () => {
    expect(sorted(NAMES.filter((n) => TRANSITIONS[n].tellsMerchant !== null))).toEqual(["approve", "reject", "request_changes"]);
  });

  it("requires a note exactly for a rejection or a change request", () => {
    expect(sorted(NAMES.filter((n) => TRANSITIONS[n].noteRequired))).toEqual(["reject", "request_changes"]);
  });

  it("counts exactly these statuses as open", () => {
    expect(sorted(OPEN_STATUSES)).toEqual(sorted(OPEN));
  });
});
