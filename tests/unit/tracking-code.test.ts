import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatTrackingCode, hashTrackingCode, newTrackingCode, normalizeTrackingCode, trackingCodeMatches } from "@/lib/cases/tracking-code";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdefghijklmnop";
});

describe("tracking codes a person can keep", () => {
  it("uses Crockford's 32 characters: no I, L, O or U", () => {
    expect(CODE_ALPHABET).toBe("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    expect(new Set(CODE_ALPHABET).size).toBe(32);
  });

  it("makes 8-character codes from that alphabet, shown in two groups of four", () => {
    const codes = Array.from({ length: 500 }, newTrackingCode);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(codes).size).toBe(500);
    expect(formatTrackingCode("K7QM4XPD")).toBe("K7QM-4XPD");
  });

  it("reads what a person typed: case, spaces, dashes and look-alikes", () => {
    expect(normalizeTrackingCode("k7qm-4xpd")).toBe("K7QM4XPD");
    expect(normalizeTrackingCode(" K7QM 4XPD ")).toBe("K7QM4XPD");
    expect(normalizeTrackingCode("KIQM-4XPO")).toBe("K1QM4XP0");
    expect(normalizeTrackingCode("klqm4xpd")).toBe("K1QM4XPD");
  });

  it("refuses what cannot be a code", () => {
    expect(normalizeTrackingCode("K7QM-4XP")).toBeNull();
    expect(normalizeTrackingCode("K7QM-4XPDD")).toBeNull();
    expect(normalizeTrackingCode("K7QM-4XPU")).toBeNull();
    expect(normalizeTrackingCode("K7QM-4XP!")).toBeNull();
    expect(normalizeTrackingCode("")).toBeNull();
  });

  it("matches a code however it is typed, and nothing else", () => {
    const hash = hashTrackingCode("K1QM4XP0");
    expect(trackingCodeMatches("k1qm-4xp0", hash)).toBe(true);
    expect(trackingCodeMatches("KIQM 4XPO", hash)).toBe(true);
    expect(trackingCodeMatches("K1QM4XP1", hash)).toBe(false);
    expect(trackingCodeMatches("", hash)).toBe(false);
  });

  it("stores a keyed hash, not a plain one", () => {
    expect(hashTrackingCode("K7QM4XPD")).not.toBe(createHash("sha256").update("K7QM4XPD").digest("hex"));
  });

  it("still opens a case filed with an old 22-character secret", () => {
    const legacy = "ygEaJCK5ishn2NYopV9Wny";
    const hash = createHash("sha256").update(legacy, "utf8").digest("hex");
    expect(trackingCodeMatches(legacy, hash)).toBe(true);
    expect(trackingCodeMatches(legacy.toLowerCase(), hash)).toBe(false);
  });
});
