import type { MerchantNotificationKind } from "@/lib/notify/mutations";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./schema";

/**
 * A venue application's life, as data: 提交 → 审核中 → 通过 / 不通过 (reason) / 需修改 (what to
 * change) → 重新提交. The server enforces this table on every move, with a compare-and-set on
 * (id, status, version) so that two reviewers cannot both decide the same application.
 */
export type TransitionName = "start_review" | "approve" | "reject" | "request_changes" | "resubmit";
export type ReviewAction = Exclude<TransitionName, "resubmit">;

type Transition = {
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** STAFF: a reviewer with "merchants:review"; MERCHANT: the application's own merchant. */
  by: "STAFF" | "MERCHANT";
  /** The merchant must be told why: a rejection or a change request needs a note. */
  noteRequired: boolean;
  /** A decision the merchant hears about by text or e-mail, and as which kind (lib/notify/mutations.ts). */
  tellsMerchant: MerchantNotificationKind | null;
};

export const TRANSITIONS: Record<TransitionName, Transition> = {
  start_review: { from: "SUBMITTED", to: "UNDER_REVIEW", by: "STAFF", noteRequired: false, tellsMerchant: null },
  approve: { from: "UNDER_REVIEW", to: "APPROVED", by: "STAFF", noteRequired: false, tellsMerchant: "merchant_approved" },
  reject: { from: "UNDER_REVIEW", to: "REJECTED", by: "STAFF", noteRequired: true, tellsMerchant: "merchant_rejected" },
  request_changes: { from: "UNDER_REVIEW", to: "NEEDS_CHANGES", by: "STAFF", noteRequired: true, tellsMerchant: "merchant_changes_requested" },
  resubmit: { from: "NEEDS_CHANGES", to: "SUBMITTED", by: "MERCHANT", noteRequired: false, tellsMerchant: null },
};

/** Where each state may go next: the same table read the other way, for the UI and tests. */
export const NEXT_STATES: Record<ApplicationStatus, readonly ApplicationStatus[]> = Object.fromEntries(
  APPLICATION_STATUSES.map((s) => [s, Object.values(TRANSITIONS).filter((t) => t.from === s).map((t) => t.to)]),
) as Record<ApplicationStatus, ApplicationStatus[]>;

/** States in which an application still waits for someone: one at a time per venue. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_CHANGES"];

export function canTransition(name: TransitionName, status: ApplicationStatus, by: "STAFF" | "MERCHANT"): boolean {
  const t = TRANSITIONS[name];
  return t.from === status && t.by === by;
}

/** The review actions a reviewer may take on an application in `status`. */
export function reviewActionsFor(status: ApplicationStatus): ReviewAction[] {
  return (["start_review", "approve", "reject", "request_changes"] as const).filter((n) => canTransition(n, status, "STAFF"));
}

/** Only an application sent back for changes is the merchant's to edit. */
export function isEditableByMerchant(status: ApplicationStatus): boolean {
  return canTransition("resubmit", status, "MERCHANT");
}
