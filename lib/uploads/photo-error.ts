/**
 * Why a photo was refused. Callers map each code to a message in the user's language, so the
 * codes are a contract: add new ones, never rename.
 */
export type PhotoErrorCode = "empty" | "too_large" | "unsupported_type" | "corrupt" | "too_many";

export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = "PhotoError";
  }
}

export function isPhotoError(e: unknown): e is PhotoError {
  return e instanceof PhotoError;
}
