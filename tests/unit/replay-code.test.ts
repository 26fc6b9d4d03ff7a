import { describe, expect, it } from "vitest";
import { openReplayCode, REPLAY_WINDOW_MS, sealReplayCode } from "@/lib/cases/intake/replay-code";

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdefghij";
const ref = "JC-2026-123456";
const later = (ms: number) => new Date(Date.now() + ms);

describe("the encrypted replay copy of a tracking code", () => {
  it("round-trips within the window, and is fresh ciphertext each time", () => {
    const sealed = sealReplayCode("K7QM4XPD", ref);
    expect(sealed).not.toContain("K7QM4XPD");
    expect(sealReplayCode("K7QM4XPD", ref)).not.toBe(sealed);
    expect(openReplayCode(sealed, later(REPLAY_WINDOW_MS), ref)).toBe("K7QM4XPD");
  });

  it("gives nothing once expired, for another case, or when tampered with", () => {
    const sealed = sealReplayCode("K7QM4XPD", ref);
    expect(openReplayCode(sealed, new Date(Date.now() - 1), ref)).toBeNull();
    expect(openReplayCode(sealed, null, ref)).toBeNull();
    expect(openReplayCode(sealed, later(60_000), "JC-2026-654321")).toBeNull();
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = Buffer.from(data!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openReplayCode([v, iv, tag, flipped.toString("base64url")].join("."), later(60_000), ref)).toBeNull();
    expect(openReplayCode("garbage", later(60_000), ref)).toBeNull();
  });

  it("does not open under another AUTH_SECRET", () => {
    const sealed = sealReplayCode("K7QM4XPD", ref);
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-entirely-0123456789";
    try {
      expect(openReplayCode(sealed, later(60_000), ref)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = saved;
    }
  });
});
