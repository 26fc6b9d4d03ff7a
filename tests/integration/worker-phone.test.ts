import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, type Permission } from "@/lib/auth/roles";
import { loggedSms } from "@/lib/notify/sms";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";
import { sessionFor } from "../support/session-token";

// The request's cookies, as Next.js would hand them to auth() in a page or a server action.
let cookie = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ cookie, host: "127.0.0.1:3000", "x-forwarded-proto": "http" }), cookies: async () => ({ get: () => undefined, getAll: () => [] }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
vi.mock("@/lib/i18n/server-navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`REDIRECT ${href}`);
  },
  getPathname: ({ href }: { href: string }) => href,
}));

const db = testDb();
const { handlers } = await import("@/lib/auth/auth");
const { getSessionUser, requirePermission, requireRole, requireUser } = await import("@/lib/auth/session");
const { requireMerchant } = await import("@/lib/merchants/loaders");
const { submitGrievance } = await import("@/lib/cases/intake/submit-grievance");
const { trackCase } = await import("@/lib/cases/tracking/track-and-rate");
const { recoverCodes } = await import("@/lib/workers/recover-codes");
const { sendPhoneCode, verifyWorkerSignIn } = await import("@/lib/workers/sign-in");
const { getWorkerSession } = await import("@/lib/workers/session");
const { loadMyCase, loadMyCases } = await import("@/lib/workers/loaders");
const { endWorkerSessions } = await import("@/lib/workers/mutations");

let n = 0;
const ip = () => `10.99.${Math.floor(++n / 250)}.${n % 250}`;
const phoneN = () => `137${String(Date.now() % 1e6).padStart(6, "0")}${String(++n % 100).padStart(2, "0")}`;
const file = async (phone?: string) => {
  const r = await submitGrievance({ body: caseBody(phone ? { contact_phone: phone } : { contact_phone: undefined }), photos: [], idempotencyKey: newKey(), channel: "WEB", actor: { kind: "WORKER" }, ip: ip(), locale: "zh-CN" });
  return { reference: r.reference, code: r.code! };
};
const lastCodeTo = (phone: string) => loggedSms().filter((m) => m.to === phone).at(-1)?.text.match(/\b(\d{6})\b/)?.[1] ?? "";

async function workerCookie(phone: string) {
  await sendPhoneCode("worker_sign_in", phone, ip(), "zh-CN");
  const user = await verifyWorkerSignIn(phone, lastCodeTo(phone));
  expect(user).toMatchObject({ phone, workerId: expect.any(String) });
  // What the jwt callback makes of that user at sign-in (lib/auth/auth.ts).
  const token = await encode({ token: { sub: user!.id, kind: "worker", wid: user!.workerId, phone, sv: user!.sessionVersion }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  return { cookie: `authjs.session-token=${token}`, user: user! };
}

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  process.env.CASE_RATE_LIMIT_PER_IP = "1000";
  await seedDatabase(db);
});
beforeEach(() => {
  cookie = "";
});
afterAll(() => db.$disconnect());

describe("recovering lost codes by SMS code", () => {
  it("issues new codes for the phone's cases only; the old codes stop working; SMS and screen agree", async () => {
    const phone = phoneN();
    const [a, b, other] = [await file(phone), await file(phone), await file(phoneN())];
    expect(await sendPhoneCode("case_codes", phone, ip(), "zh-CN")).toEqual({ wait: null });
    expect(await recoverCodes(phone, "000000" === lastCodeTo(phone) ? "111111" : "000000", ip(), "zh-CN")).toEqual({ ok: false, error: "code_invalid" });
    const result = await recoverCodes(phone, lastCodeTo(phone), ip(), "zh-CN");
    if (!result.ok) throw new Error(result.error);
    expect(result.cases.map((c) => c.reference).sort()).toEqual([a.reference, b.reference].sort());
    for (const [old, fresh] of [a, b].map((c) => [c, result.cases.find((r) => r.reference === c.reference)!] as const)) {
      expect(fresh.code).not.toBe(old.code);
      expect(await trackCase(old.reference, old.code, ip())).toBeNull();
      expect(await trackCase(old.reference, fresh.code, ip())).not.toBeNull();
      expect(loggedSms().filter((m) => m.to === phone).at(-1)?.text).toContain(`${fresh.code.slice(0, 4)}-${fresh.code.slice(4)}`);
    }
    expect(await trackCase(other.reference, other.code, ip())).not.toBeNull();
    // The SMS code is single use.
    expect(await recoverCodes(phone, lastCodeTo(phone), ip(), "zh-CN")).toMatchObject({ ok: false });
  });

  it("answers a phone without cases exactly like one with cases until the code is proven", async () => {
    const withCases = phoneN();
    await file(withCases);
    const without = phoneN();
    expect(await sendPhoneCode("case_codes", without, ip(), "zh-CN")).toEqual(await sendPhoneCode("case_codes", withCases, ip(), "zh-CN"));
    expect(lastCodeTo(without)).toMatch(/^\d{6}$/);
    expect(await recoverCodes(without, lastCodeTo(without), ip(), "zh-CN")).toEqual({ ok: true, cases: [] });
    // Resending at once is throttled, for either phone alike.
    expect((await sendPhoneCode("case_codes", without, ip(), "zh-CN")).wait).toBeGreaterThan(0);
  });
});

describe("worker sessions", () => {
  it("carry the verified phone and no staff identity; sign-out ends every copy", async () => {
    const phone = phoneN();
    const { cookie: c, user } = await workerCookie(phone);
    const session = await sessionFor(handlers, c);
    expect(session.body).toMatchObject({ worker: { phone, workerId: user.workerId } });
    expect(session.body?.user?.id).toBeUndefined();
    await endWorkerSessions(user.workerId, user.sessionVersion);
    expect((await sessionFor(handlers, c)).body).toBeNull();
  });

  it("see only the cases filed with their phone", async () => {
    const phone = phoneN();
    const mine = await file(phone);
    const theirs = await file(phoneN());
    cookie = (await workerCookie(phone)).cookie;
    expect(await getWorkerSession()).toMatchObject({ phone });
    expect((await loadMyCases())?.map((c) => c.reference)).toEqual([mine.reference]);
    expect((await loadMyCase(mine.reference))?.reference).toBe(mine.reference);
    expect(await loadMyCase(theirs.reference)).toBeNull();
  });

  // Pinned policy: a worker session is no user to any staff, admin or merchant check, for every permission and role.
  it("cannot pass any staff permission or role check", async () => {
    cookie = (await workerCookie(phoneN())).cookie;
    expect(await getSessionUser()).toBeNull();
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in");
    for (const p of Object.keys(PERMISSIONS) as Permission[]) await expect(requirePermission(p), p).rejects.toThrow("REDIRECT /sign-in");
    for (const r of ["ADMIN", "OFFICER", "LIAISON", "VIEWER", "MERCHANT"] as const) await expect(requireRole(r), r).rejects.toThrow("REDIRECT /sign-in");
    await expect(requireMerchant()).rejects.toThrow("REDIRECT /merchant/sign-up");
  });

  it("a staff session is not a worker session", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    cookie = `authjs.session-token=${await encode({ token: { uid: admin.id, role: admin.role, departmentId: null, sv: admin.sessionVersion, sub: admin.id }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" })}`;
    expect(await getWorkerSession()).toBeNull();
    expect((await getSessionUser())?.id).toBe(admin.id);
  });
});
