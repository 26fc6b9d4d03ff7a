import { AppError } from "@/lib/errors";
import type { FieldErrors } from "./schema";

/**
 * An expected failure in the merchants domain. `fields` name keys of "merchants.errors" per form
 * field; "_" is about the whole form. not_found also covers "not yours": the two look the same.
 */
export class MerchantError extends AppError {
  constructor(
    code: "not_found" | "conflict" | "validation" | "rate_limited",
    readonly fields: FieldErrors = {},
  ) {
    super(code, code === "not_found" ? 404 : code === "conflict" ? 409 : code === "rate_limited" ? 429 : 400);
    this.name = "MerchantError";
  }
}

export function isMerchantError(e: unknown): e is MerchantError {
  return e instanceof MerchantError;
}
