import type { Role } from "@/lib/auth/roles";

/**
 * The closed loop of a grievance, as data. Every transition names who may take it and what it
 * needs; the server enforces this table on every call and the UI offers only what it allows.
 * 收集 → 受理/不予受理/合并 → 派单 → 签收/退单 → 办理 (会商) → 办结 → 评价 → 办结归档, or 重办.
 */
export const CASE_STATUSES = [
  "SUBMITTED", "ACCEPTED", "DECLINED", "MERGED", "DISPATCHED", "RETURNED", "IN_PROGRESS",
  "CONSULTATION", "RESOLVED", "REOPENED", "EVALUATED", "CLOSED",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type Actor = { kind: "WORKER" } | { kind: "SYSTEM" } | { kind: "STAFF"; role: Role; userId: string; departmentId: string | null };

export type TransitionName =
  | "accept" | "decline" | "merge" | "dispatch" | "sign" | "return" | "redispatch" | "start_consultation"
  | "conclude_consultation" | "resolve" | "rate_satisfied" | "rate_unsatisfied_reopen" | "rate_unsatisfied_capped"
  | "follow_up_satisfied" | "follow_up_unsatisfied_reopen" | "follow_up_unsatisfied_capped"
  | "assess" | "close_unrated" | "dispatch_reopened";

type Transition = {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** STAFF roles allowed; "WORKER" / "SYSTEM" for the worker's own rating and timers. */
  by: readonly (Role | "WORKER" | "SYSTEM")[];
  /** A LIAISON may act only on cases whose lead department is theirs. */
  leadDepartmentOnly?: boolean;
  /** Shown to the worker on the tracking page. */
  public: boolean;
};

export const TRANSITIONS: Record<TransitionName, Transition> = {
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", by: ["OFFICER"], public: true },
  decline: { from: ["SUBMITTED"], to: "DECLINED", by: ["OFFICER"], public: true },
  merge: { from: ["SUBMITTED"], to: "MERGED", by: ["OFFICER"], public: true },
  dispatch: { from: ["ACCEPTED"], to: "DISPATCHED", by: ["OFFICER"], public: true },
  sign: { from: ["DISPATCHED"], to: "IN_PROGRESS", by: ["LIAISON"], leadDepartmentOnly: true, public: true },
  return: { from: ["DISPATCHED"], to: "RETURNED", by: ["LIAISON"], leadDepartmentOnly: true, public: false },
  redispatch: { from: ["RETURNED"], to: "DISPATCHED", by: ["OFFICER"], public: false },
  start_consultation: { from: ["IN_PROGRESS"], to: "CONSULTATION", by: ["OFFICER", "LIAISON"], leadDepartmentOnly: true, public: true },
  conclude_consultation: { from: ["CONSULTATION"], to: "IN_PROGRESS", by: ["OFFICER"], public: true },
  resolve: { from: ["IN_PROGRESS"], to: "RESOLVED", by: ["LIAISON", "OFFICER"], leadDepartmentOnly: true, public: true },
  rate_satisfied: { from: ["RESOLVED"], to: "EVALUATED", by: ["WORKER"], public: true },
  rate_unsatisfied_reopen: { from: ["RESOLVED"], to: "REOPENED", by: ["WORKER"], public: true },
  rate_unsatisfied_capped: { from: ["RESOLVED"], to: "EVALUATED", by: ["WORKER"], public: true },
  // 回访: the worker's answer on an officer's call counts as their rating; kept apart from rate_* so
  // the worker's own tracking-page rating stays the worker's alone.
  follow_up_satisfied: { from: ["RESOLVED"], to: "EVALUATED", by: ["OFFICER"], public: true },
  follow_up_unsatisfied_reopen: { from: ["RESOLVED"], to: "REOPENED", by: ["OFFICER"], public: true },
  follow_up_unsatisfied_capped: { from: ["RESOLVED"], to: "EVALUATED", by: ["OFFICER"], public: true },
  assess: { from: ["EVALUATED"], to: "CLOSED", by: ["OFFICER"], public: true },
  close_unrated: { from: ["RESOLVED"], to: "CLOSED", by: ["SYSTEM"], public: true },
  dispatch_reopened: { from: ["REOPENED"], to: "DISPATCHED", by: ["OFFICER"], public: true },
};

/** Statuses in which a case is still being handled (for "similar open cases" and overdue flags). */
export const OPEN_STATUSES: readonly CaseStatus[] = ["SUBMITTED", "ACCEPTED", "DISPATCHED", "RETURNED", "IN_PROGRESS", "CONSULTATION", "REOPENED"];

/**
 * The stages in which the lead department holds the case, so a 催办 has someone to press. Before
 * dispatch, after a 退单 and on a reopened case the next move is the hotline office's own.
 */
export const CHASEABLE_STATUSES: readonly CaseStatus[] = ["DISPATCHED", "IN_PROGRESS", "CONSULTATION"];

export type Denial = "wrong_state" | "wrong_role" | "wrong_department";

/** Whether `actor` may take `name` on a case in `status` led by `leadDepartmentId`. */
export function canTransition(
  name: TransitionName,
  c: { status: CaseStatus; leadDepartmentId: string | null },
  actor: Actor,
): { ok: true } | { ok: false; reason: Denial } {
  const t = TRANSITIONS[name];
  if (!t.from.includes(c.status)) return { ok: false, reason: "wrong_state" };
  const who = actor.kind === "STAFF" ? actor.role : actor.kind;
  if (!t.by.includes(who)) return { ok: false, reason: "wrong_role" };
  if (actor.kind === "STAFF" && actor.role === "LIAISON" && t.leadDepartmentOnly && (actor.departmentId === null || actor.departmentId !== c.leadDepartmentId)) {
    return { ok: false, reason: "wrong_department" };
  }
  return { ok: true };
}

/** The transitions this actor can take now: what the UI may offer. */
export function availableTransitions(c: { status: CaseStatus; leadDepartmentId: string | null }, actor: Actor): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((n) => canTransition(n, c, actor).ok);
}
