/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters —
 * registration authority (1), organisation category (1), region code (6), organisation code
 * per GB 11714 (8 + its own check character), and a final check character.
 * Pure functions: used by the form schema on both server and client.
 */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** 3^(i-1) mod 31 for positions 1–17. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714 weights for the eight body characters of the organisation code. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const SHAPE = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{18}$`);

/** Trims and upper-cases: a code typed in lower case is the same code. */
export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The GB 32100 check character for the first 17 characters, or null if one is not in the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * The GB 11714 check character of an organisation code's 8 body characters: digits count as
 * themselves and letters as A=10 … Z=35 (their GB 11714 values, not their place in the
 * credit-code alphabet); C9 = 11 − (Σ mod 11), where 10 is written "X" and 11 is "0".
 */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

export type CreditCodeProblem = "length" | "characters" | "org_check" | "check";

/** Why a (normalised) code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return "length";
  if (!SHAPE.test(code)) return "characters";
  if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) return "org_check";
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return "check";
  return null;
}

export function isValidCreditCode(raw: string): boolean {
  return creditCodeProblem(normalizeCreditCode(raw)) === null;
}
