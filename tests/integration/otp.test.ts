import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { consumeCode, issueCode, throttleCodeSend } from "@/lib/otp/codes";
import { destinationKey, OTP_RULES, type OtpDestination } from "@/lib/otp/schema";
import { testDb } from "../support/db";

const db = testDb();
afterAll(() => db.$disconnect());

const phone = (): OtpDestination => ({ kind: "phone", value: `139${String(randomInt(0, 1e8)).padStart(8, "0")}` });
const wrong = (code: string) => String((Number(code) + 1) % 1e6).padStart(6, "0");

describe("one-time codes", () => {
  it("pins the rules", () => {
    expect(OTP_RULES).toEqual({ digits: 6, ttlMinutes: 10, maxAttempts: 5, resendSeconds: 60, perHour: 5 });
  });

  it("are six digits, kept only as a keyed hash, live about ten minutes", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.oneTimeCode.findUniqueOrThrow({ where: { purpose_destination: { purpose: "merchant_signup", destination: destinationKey(to) } } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    const minutes = (row.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThanOrEqual(10);
  });

  it("are single use", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    expect(await consumeCode("merchant_signup", to, code)).toEqual({ ok: true });
    expect(await consumeCode("merchant_signup", to, code)).toEqual({ ok: false, reason: "invalid" });
  });

  it("expire", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    await db.oneTimeCode.updateMany({ where: { destination: destinationKey(to) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await consumeCode("merchant_signup", to, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("allow five guesses: after five wrong ones the right code no longer works", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    for (let i = 0; i < 5; i++) expect(await consumeCode("merchant_signup", to, wrong(code))).toEqual({ ok: false, reason: "invalid" });
    expect(await consumeCode("merchant_signup", to, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("cannot exceed the guesses under parallel requests", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    await Promise.all(Array.from({ length: 12 }, () => consumeCode("merchant_signup", to, wrong(code))));
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { destination: destinationKey(to) } });
    expect(row.attempts).toBe(5);
    expect(await consumeCode("merchant_signup", to, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("are consumed once when the right code arrives twice at the same moment", async () => {
    const to = phone();
    const code = await issueCode("merchant_signup", to);
    const results = await Promise.all(Array.from({ length: 4 }, () => consumeCode("merchant_signup", to, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("belong to their purpose and destination, and a new code replaces the old one", async () => {
    const to = phone();
    const first = await issueCode("merchant_signup", to);
    expect(await consumeCode("merchant_signup", phone(), first)).toEqual({ ok: false, reason: "invalid" });
    const second = await issueCode("merchant_signup", to);
    if (first !== second) expect(await consumeCode("merchant_signup", to, first)).toEqual({ ok: false, reason: "invalid" });
    expect(await consumeCode("merchant_signup", to, second)).toEqual({ ok: true });
  });

  it("throttle resending to one destination", async () => {
    const to = phone();
    expect(await throttleCodeSend("merchant_signup", to)).toBeNull();
    const wait = await throttleCodeSend("merchant_signup", to);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await throttleCodeSend("merchant_signup", phone())).toBeNull();
  });
});
