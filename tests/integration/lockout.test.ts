import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashAddress } from "@/lib/auth/address-hash";
import { SignInThrottled, verifyCredentials } from "@/lib/auth/credentials";
import { LOCKOUT } from "@/lib/auth/lockout";
import { hashPassword } from "@/lib/auth/password";
import { unlockUser } from "@/lib/users/mutations";
import { seedDatabase } from "../../prisma/seed/index";
import { testDb, uniqueEmail } from "../support/db";

const db = testDb();
const password = "the-right-password-1";
let adminId: string;

beforeAll(async () => {
  await seedDatabase(db);
  adminId = (await db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
});
afterAll(() => db.$disconnect());

/** A fresh client address per test, so the per-address limit of one test does not reach another. */
const newIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join(".")}-${randomUUID().slice(0, 4)}`;

async function account(role: "OFFICER" | "MERCHANT" = "OFFICER") {
  const email = uniqueEmail("lock");
  const user = await db.user.create({ data: { email, name: "锁定", role, passwordHash: await hashPassword(password) } });
  return { email, id: user.id };
}

describe("account lockout (MLPS 2.0: 5 failures, 30 minutes)", () => {
  it("pins the rule", () => {
    expect(LOCKOUT).toEqual({ maxFailures: 5, lockMinutes: 30 });
  });

  it("locks after 5 wrong passwords in a row: the right one is then refused, and the lock is recorded", async () => {
    const { email, id } = await account();
    const ip = newIp();
    for (let i = 0; i < 4; i++) expect(await verifyCredentials(email, `wrong-${i}`, ip)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id } })).lockedUntil).toBeNull();
    expect(await verifyCredentials(email, "wrong-5", ip)).toBeNull();
    const locked = await db.user.findUniqueOrThrow({ where: { id } });
    const minutes = (locked.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(await verifyCredentials(email, password, newIp())).toBeNull();
    const events = await db.accountEvent.findMany({ where: { userId: id } });
    expect(events).toMatchObject([{ action: "locked", actorId: null, ipHash: hashAddress(ip) }]);
  });

  it("counts consecutive failures only: a right password starts the count again", async () => {
    const { email } = await account();
    const ip = newIp();
    for (let i = 0; i < 4; i++) await verifyCredentials(email, "wrong", ip);
    expect(await verifyCredentials(email, password, ip)).toMatchObject({ email });
    for (let i = 0; i < 4; i++) await verifyCredentials(email, "wrong", ip);
    expect(await verifyCredentials(email, password, ip)).toMatchObject({ email });
  });

  it("locks merchants the same way", async () => {
    const { email } = await account("MERCHANT");
    for (let i = 0; i < 5; i++) await verifyCredentials(email, "wrong", newIp());
    expect(await verifyCredentials(email, password, newIp())).toBeNull();
  });

  it("locks once under concurrent guesses", async () => {
    const { email, id } = await account();
    await Promise.all(Array.from({ length: 8 }, () => verifyCredentials(email, "wrong", newIp())));
    expect(await db.accountEvent.count({ where: { userId: id, action: "locked" } })).toBe(1);
  });

  it("an administrator can unlock; the unlock is recorded with who and from where", async () => {
    const { email, id } = await account();
    for (let i = 0; i < 5; i++) await verifyCredentials(email, "wrong", newIp());
    expect(await unlockUser(adminId, id, hashAddress("192.0.2.7"))).toBe(true);
    expect(await unlockUser(adminId, id, hashAddress("192.0.2.7"))).toBe(false);
    expect(await verifyCredentials(email, password, newIp())).toMatchObject({ id });
    const events = await db.accountEvent.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.ipHash])).toEqual([
      ["locked", null, expect.any(String)],
      ["unlocked", adminId, hashAddress("192.0.2.7")],
    ]);
  });

  it("answers an unknown account, a wrong password and a locked account the same way, in similar time", async () => {
    const { email: lockedEmail } = await account();
    for (let i = 0; i < 5; i++) await verifyCredentials(lockedEmail, "wrong", newIp());
    const { email } = await account();
    const time = async (id: string, pw: string) => {
      const t0 = performance.now();
      const result = await verifyCredentials(id, pw, newIp());
      return { result, ms: performance.now() - t0 };
    };
    // Warm up the throwaway hash used for unknown accounts.
    await time(uniqueEmail("nobody"), password);
    const samples = { unknown: [] as number[], wrong: [] as number[], locked: [] as number[] };
    for (let i = 0; i < 3; i++) {
      const u = await time(uniqueEmail("nobody"), password);
      const w = await time(email, `wrong-${i}`);
      const l = await time(lockedEmail, password);
      for (const r of [u, w, l]) expect(r.result).toBeNull();
      samples.unknown.push(u.ms);
      samples.wrong.push(w.ms);
      samples.locked.push(l.ms);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const medians = Object.values(samples).map(median);
    // Each path costs one argon2 verification (tens of ms); none answers in a fraction of that.
    expect(Math.min(...medians)).toBeGreaterThan(Math.max(...medians) / 3);
  });

  it("slows a client address after repeated failures, whatever the accounts", async () => {
    const ip = newIp();
    const limit = Number(process.env.SIGN_IN_FAILURES_PER_IP ?? 20);
    for (let i = 0; i < limit; i++) await verifyCredentials(uniqueEmail("spray"), "guess", ip);
    const { email } = await account();
    await expect(verifyCredentials(email, password, ip)).rejects.toBeInstanceOf(SignInThrottled);
    expect(await verifyCredentials(email, password, newIp())).toMatchObject({ email });
  });
});
