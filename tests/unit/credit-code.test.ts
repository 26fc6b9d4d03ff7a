import { describe, expect, it } from "vitest";
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_WEIGHTS, creditCodeCheckChar, creditCodeProblem, isValidCreditCode, normalizeCreditCode, orgCodeCheckChar } from "@/lib/merchants/credit-code";
import { applicationSchema } from "@/lib/merchants/schema";

// Real codes as printed on licences (the first is the worked example of GB 32100-2015 itself).
const VALID = [
  "91350100M000100Y43",
  "91110000802100433B",
  "91440300708461136T",
  "914403001922038216",
  "91330100799655058B",
  "91110108551385082Q",
  "91310115MA1K427762",
  "91310115MA1H971RXF",
];

describe("unified social credit code (GB 32100-2015)", () => {
  it("uses 3^(i-1) mod 31 as weights and an alphabet without I, O, S, V, Z", () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (const c of "IOSVZ") expect(CREDIT_CODE_ALPHABET).not.toContain(c);
  });

  it.each(VALID)("accepts %s", (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  // The same check digits worked by hand, independently of the implementation.
  it.each([
    // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28 = 1640
    ["91350100M000100Y4", 1640, "3"],
    // 9 + 3 + 9 + 27 + 0 + 0 + 0 + 0 + 8·20 + 0 + 2·25 + 1·13 + 0 + 0 + 4·10 + 3·30 + 3·28 = 485
    ["91110000802100433", 485, "B"],
    // 9 + 3 + 4·9 + 4·27 + 0 + 3·26 + 0 + 0 + 7·20 + 0 + 8·25 + 4·13 + 6·8 + 1·24 + 1·10 + 3·30 + 6·28 = 966
    ["91440300708461136", 966, "T"],
  ] as const)("check character of %s: Σ = %i → %s", (first17, sum, expected) => {
    // 31 − (Σ mod 31), and 31 is written 0; then the character with that value.
    const value = (31 - (sum % 31)) % 31;
    expect(CREDIT_CODE_ALPHABET[value]).toBe(expected);
    expect(creditCodeCheckChar(first17)).toBe(expected);
  });

  it("checks the organisation code (characters 9–17) per GB 11714, letters valued A=10 … Z=35", () => {
    // M000100Y: 22·3 + 0 + 0 + 0 + 1·5 + 0 + 0 + 34·2 = 139; 11 − 139 mod 11 = 4
    expect(orgCodeCheckChar("M000100Y")).toBe("4");
    // 80210043: 24 + 0 + 18 + 10 + 0 + 0 + 16 + 6 = 74; 11 − 8 = 3
    expect(orgCodeCheckChar("80210043")).toBe("3");
    // MA1H971R: 66 + 70 + 9 + 170 + 45 + 56 + 4 + 54 = 474; 11 − 1 = 10, written X
    expect(orgCodeCheckChar("MA1H971R")).toBe("X");
    // MA1G4L1W: 66 + 70 + 9 + 160 + 20 + 168 + 4 + 64 = 561 = 51·11; 11 − 0 = 11, written 0
    expect(orgCodeCheckChar("MA1G4L1W")).toBe("0");
  });

  it("refuses a wrong final check character", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toBe("check");
    expect(creditCodeProblem("91110000802100433C")).toBe("check");
  });

  it("refuses a wrong organisation-code check character even when the final one is recomputed", () => {
    const first17 = "91350100M000100Y5";
    const code = `${first17}${creditCodeCheckChar(first17)}`;
    expect(creditCodeProblem(code)).toBe("org_check");
  });

  it("refuses 911100001000013244: both its check characters are wrong (org code → 6, final → G)", () => {
    expect(orgCodeCheckChar("10000132")).toBe("6");
    expect(creditCodeCheckChar("91110000100001324")).toBe("G");
    expect(creditCodeProblem("911100001000013244")).toBe("org_check");
  });

  it.each(["9135010M000100Y43", "91350100M000100Y433", ""])("refuses the wrong length: %j", (code) => {
    expect(creditCodeProblem(code)).toBe("length");
  });

  it.each(["I", "O", "S", "V", "Z"])("refuses the forbidden letter %s", (letter) => {
    expect(creditCodeProblem(`91350100M000100${letter}43`)).toBe("characters");
  });

  it("normalises lower case and surrounding spaces to the printed form", () => {
    expect(normalizeCreditCode("  91350100m000100y43 ")).toBe("91350100M000100Y43");
    expect(isValidCreditCode("91350100m000100y43")).toBe(true);
    // The raw check (for already-normalised input) does not guess.
    expect(creditCodeProblem("91350100m000100y43")).toBe("characters");
  });

  it("is what the application form validates, with a translatable reason", () => {
    const base = { business_name: "暖心面馆", business_type: "restaurant", address: "北京路12号", lat: 38.52, lng: 102.19, datum: "WGS84", is_24h: true, hours: [], facilities: ["charging"], keep_photos: [] };
    const ok = applicationSchema.safeParse({ ...base, credit_code: "91350100m000100y43" });
    expect(ok.success && ok.data.credit_code).toBe("91350100M000100Y43");
    const bad = applicationSchema.safeParse({ ...base, credit_code: "91350100M000100Y44" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["credit_code_check"]);
  });
});
