/**
 * An expected failure whose `code` names a message in the `errors` namespace of the message
 * files, so the user reads it in their language. Anything else is a bug: logged, and the
 * user sees a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly status: number = 400,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation"
  | "rate_limited"
  | "idempotency_conflict"
  | "not_awaiting_rating"
  | "payload_too_large"
  | "return_window_passed"
  | "decisions_required"
  | "extension_pending"
  | "not_chaseable"
  | "supervision_unanswered"
  | "database_unavailable"
  | "storage_unavailable";

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
