import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Identifier } from "@/lib/auth/schema";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";
import { completeSignUp, requestSignUpCode } from "@/lib/merchants/sign-up";
import { loggedEmails } from "@/lib/notify/email";
import { loggedSms } from "@/lib/notify/sms";
import { testDb, uniqueEmail } from "../support/db";

const db = testDb();
afterAll(() => db.$disconnect());

const newPhone = (): Identifier => ({ kind: "phone", value: `136${String(randomInt(0, 1e8)).padStart(8, "0")}` });
const lastSms = (to: string) => loggedSms().filter((m) => m.to === to).at(-1)?.text;
const codeIn = (text: string | undefined) => text?.match(/\b(\d{6})\b/)?.[1];
const details = (identifier: Identifier, code: string) => ({ name: "王老板", identifier, password: "a-good-password-2026", consentVersion: PRIVACY_NOTICE_VERSION, code });

let staffPhone: Identifier;
let staffEmail: Identifier;
beforeAll(async () => {
  staffPhone = newPhone();
  staffEmail = { kind: "email", value: uniqueEmail("officer") };
  await db.user.create({ data: { email: staffEmail.value, phone: staffPhone.value, name: "办案员", role: "OFFICER", passwordHash: await hashPassword("staff-password-123") } });
});

describe("merchant sign-up", () => {
  it("sends a code to a free phone, and creates the account with consent only with that code", async () => {
    const phone = newPhone();
    expect(await requestSignUpCode(phone, "zh-CN")).toEqual({ wait: null });
    const code = codeIn(lastSms(phone.value));
    expect(code).toMatch(/^\d{6}$/);
    expect(await db.user.count({ where: { phone: phone.value } })).toBe(0);
    const wrongCode = String((Number(code) + 1) % 1e6).padStart(6, "0");
    expect(await completeSignUp(details(phone, wrongCode))).toEqual({ ok: false, error: "code_invalid" });
    const done = await completeSignUp(details(phone, code!));
    expect(done).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { phone: phone.value } });
    expect(user).toMatchObject({ role: "MERCHANT", name: "王老板", consentVersion: PRIVACY_NOTICE_VERSION });
    expect(user.consentAt).not.toBeNull();
    expect(await verifyCredentials(phone.value, "a-good-password-2026")).toMatchObject({ role: "MERCHANT" });
    // The code is spent.
    expect(await completeSignUp(details(phone, code!))).toEqual({ ok: false, error: "code_invalid" });
  });

  it("sends a code by e-mail too, in English when signing up in English", async () => {
    const email: Identifier = { kind: "email", value: uniqueEmail("shop") };
    await requestSignUpCode(email, "en");
    const sent = loggedEmails().filter((m) => m.to === email.value).at(-1)!;
    expect(sent.subject).toBe("Nuanxin merchant sign-up");
    expect(await completeSignUp(details(email, codeIn(sent.text)!))).toMatchObject({ ok: true });
  });

  it("answers a registered staff phone or e-mail exactly as a free one, and tells the owner instead of sending a code", async () => {
    const free = newPhone();
    expect(await requestSignUpCode(staffPhone, "zh-CN")).toEqual(await requestSignUpCode(free, "zh-CN"));
    const note = lastSms(staffPhone.value)!;
    expect(note).toContain("已经注册过");
    expect(codeIn(note)).toBeUndefined();
    expect(await db.oneTimeCode.count({ where: { destination: `phone:${staffPhone.value}` } })).toBe(0);
    // No code can create a second account on it, and the answer is the one for a wrong code.
    expect(await completeSignUp(details(staffPhone, "123456"))).toEqual({ ok: false, error: "code_invalid" });
    expect(await db.user.count({ where: { phone: staffPhone.value } })).toBe(1);

    await requestSignUpCode(staffEmail, "zh-CN");
    const mail = loggedEmails().filter((m) => m.to === staffEmail.value).at(-1)!;
    expect(mail.text).toContain("已经注册过");
    expect(codeIn(mail.text)).toBeUndefined();
  });

  it("throttles resending alike for registered and free addresses", async () => {
    const free = newPhone();
    const registered = newPhone();
    await db.user.create({ data: { phone: registered.value, name: "商户", role: "MERCHANT", passwordHash: "x" } });
    await requestSignUpCode(free, "zh-CN");
    await requestSignUpCode(registered, "zh-CN");
    const again = [await requestSignUpCode(free, "zh-CN"), await requestSignUpCode(registered, "zh-CN")];
    for (const r of again) expect(r.wait).toBeGreaterThan(0);
  });
});
