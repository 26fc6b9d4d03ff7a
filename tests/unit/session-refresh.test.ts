import { decode, encode } from "next-auth/jwt";
import { NextRequest, NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/lockout";
import { refreshSessionCookie } from "@/lib/auth/session-refresh";

const secret = "unit-test-secret-0123456789abcdefghijkl";
const salt = "authjs.session-token";

async function requestWith(ageSec: number) {
  // A token issued ageSec ago, expiring SESSION_IDLE_SECONDS after that.
  vi.setSystemTime(Date.now() - ageSec * 1000);
  const token = await encode({ token: { uid: "u1", sv: 3 }, secret, salt, maxAge: SESSION_IDLE_SECONDS });
  vi.useRealTimers();
  return new NextRequest("http://127.0.0.1/admin", { headers: { cookie: `${salt}=${token}` } });
}

describe("the staff idle limit", () => {
  beforeEach(() => {
    process.env.AUTH_SECRET = secret;
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
  });
  afterEach(() => vi.useRealTimers());

  it("is 30 minutes", () => {
    expect(SESSION_IDLE_SECONDS).toBe(30 * 60);
  });

  it("slides: a page request re-seals a token in use, with the same claims and a fresh expiry", async () => {
    const res = NextResponse.next();
    await refreshSessionCookie(await requestWith(10 * 60), res);
    const value = res.cookies.get(salt)?.value;
    expect(value).toBeTruthy();
    const token = await decode({ token: value!, secret, salt });
    expect(token).toMatchObject({ uid: "u1", sv: 3 });
    expect(token!.exp! - Math.floor(Date.now() / 1000)).toBeGreaterThan(SESSION_IDLE_SECONDS - 5);
  });

  it("ends: a token idle for more than 30 minutes is not revived", async () => {
    const res = NextResponse.next();
    await refreshSessionCookie(await requestWith(31 * 60), res);
    expect(res.cookies.get(salt)).toBeUndefined();
  });

  it("does not re-seal a token issued within the last minute", async () => {
    const res = NextResponse.next();
    await refreshSessionCookie(await requestWith(5), res);
    expect(res.cookies.get(salt)).toBeUndefined();
  });
});

describe("the worker session's idle limit", () => {
  beforeEach(() => {
    process.env.AUTH_SECRET = secret;
  });

  it("slides over 30 days for a worker token, and never stretches a staff token beyond 30 minutes", async () => {
    const { WORKER_SESSION_IDLE_SECONDS } = await import("@/lib/auth/lockout");
    expect(WORKER_SESSION_IDLE_SECONDS).toBe(30 * 24 * 3600);
    // As Auth.js issues it at sign-in: the config's 30-minute maxAge.
    const worker = await encode({ token: { kind: "worker", wid: "w1", phone: "13800000000", sv: 0 }, secret, salt, maxAge: SESSION_IDLE_SECONDS });
    const res = NextResponse.next();
    await refreshSessionCookie(new NextRequest("http://127.0.0.1/me", { headers: { cookie: `${salt}=${worker}` } }), res);
    const token = await decode({ token: res.cookies.get(salt)!.value, secret, salt });
    expect(token).toMatchObject({ kind: "worker", wid: "w1" });
    expect(token!.exp! - Math.floor(Date.now() / 1000)).toBeGreaterThan(WORKER_SESSION_IDLE_SECONDS - 5);

    const staff = await encode({ token: { uid: "u1", sv: 3 }, secret, salt, maxAge: SESSION_IDLE_SECONDS });
    const res2 = NextResponse.next();
    await refreshSessionCookie(new NextRequest("http://127.0.0.1/admin", { headers: { cookie: `${salt}=${staff}` } }), res2);
    // Fresh staff token: not re-sealed yet, and when it is, with 30 minutes (tested above).
    expect(res2.cookies.get(salt)).toBeUndefined();
  });
});
