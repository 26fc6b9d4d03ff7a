import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clearExpiredReplayCodes } from "@/lib/cases/intake/mutations";
import { submitGrievance } from "@/lib/cases/intake/submit-grievance";
import { trackCase } from "@/lib/cases/tracking/track-and-rate";
import { formatTrackingCode } from "@/lib/cases/tracking-code";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, gpsTaggedJpeg, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

// No staff session in these requests: a refused bearer code falls through to the staff check.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));

const db = testDb();
const casesRoute = await import("@/app/api/v1/cases/route");
const photoRoute = await import("@/app/api/v1/cases/[reference]/photos/[photoId]/route");

let ipN = 0;
const ip = () => `10.88.${Math.floor(++ipN / 250)}.${ipN % 250}`;
const submit = (key = newKey(), photos: Uint8Array[] = []) =>
  submitGrievance({ body: caseBody(), photos, idempotencyKey: key, channel: "WEB", actor: { kind: "WORKER" }, ip: ip(), locale: "zh-CN" });
const post = (key: string) =>
  casesRoute.POST(new Request("http://test.local/api/v1/cases", { method: "POST", body: JSON.stringify(caseBody()), headers: { "content-type": "application/json", "idempotency-key": key, "x-nuanxin-client-address": ip() } }));
const photo = (reference: string, photoId: string, code: string, from = ip()) =>
  photoRoute.GET(new Request(`http://test.local/api/v1/cases/${reference}/photos/${photoId}`, { headers: { authorization: `Bearer ${code}`, "x-nuanxin-client-address": from } }), {
    params: Promise.resolve({ reference, photoId }),
  });

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  process.env.CASE_RATE_LIMIT_PER_IP = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

describe("random tracking codes", () => {
  it("opens the case with the submission's code, typed formatted, in lower case or bare", async () => {
    const { reference, code } = await submit();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    for (const typed of [code!, formatTrackingCode(code!), formatTrackingCode(code!).toLowerCase()]) {
      expect((await trackCase(reference, typed, ip()))?.reference).toBe(reference);
    }
  });

  it("answers a replay within the window with the same code, and after it with the reference and no code", async () => {
    const key = newKey();
    const first = await (await post(key)).json();
    const again = await post(key);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);

    await db.case.update({ where: { reference: first.reference }, data: { replayCodeExpiresAt: new Date(Date.now() - 1000) } });
    const late = await post(key);
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ reference: first.reference, code: null, code_expired: true, message: expect.stringContaining("查询码") });
    // The hourly job then drops the ciphertext itself.
    expect(await clearExpiredReplayCodes()).toBeGreaterThanOrEqual(1);
    expect(await db.case.findUniqueOrThrow({ where: { reference: first.reference } })).toMatchObject({ replayCodeCipher: null, replayCodeExpiresAt: null });
    // The code still opens the case: only the copy is gone.
    expect(await trackCase(first.reference, first.code, ip())).not.toBeNull();
  });

  it("keeps no column from which the code can be derived", async () => {
    const key = newKey();
    const { reference, code } = await submit(key);
    const row = await db.case.findUniqueOrThrow({ where: { reference } });
    const text = JSON.stringify(row);
    expect(text).not.toContain(code);
    // Neither the old derivation from the key, nor a plain hash of the code, is what is stored.
    const derived = createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`tracking:${key}`).digest("base64url").slice(0, 22);
    expect(row.secretHash).not.toBe(createHash("sha256").update(derived).digest("hex"));
    expect(row.secretHash).not.toBe(createHash("sha256").update(code!).digest("hex"));
    // The replay copy is ciphertext that does not open without the key, bound to this case.
    expect(row.replayCodeCipher).toMatch(/^v1\./);
    const other = await submit();
    await db.case.update({ where: { reference: other.reference }, data: { replayCodeCipher: row.replayCodeCipher } });
    const stolen = await db.case.findUniqueOrThrow({ where: { reference: other.reference } });
    const { openReplayCode } = await import("@/lib/cases/intake/replay-code");
    expect(openReplayCode(stolen.replayCodeCipher, stolen.replayCodeExpiresAt, other.reference)).toBeNull();
  });

  it("still opens a case filed with a legacy 22-character secret", async () => {
    const { reference } = await submit();
    const legacy = "AbCdEfGhIjKlMnOpQrStUv";
    await db.case.update({ where: { reference }, data: { secretHash: createHash("sha256").update(legacy).digest("hex") } });
    expect(await trackCase(reference, legacy, ip())).not.toBeNull();
  });
});

describe("guessing limits", () => {
  it("locks a reference for the day after 10 wrong codes: then the right code from another client fails too", async () => {
    const { reference, code } = await submit();
    // Right codes do not count.
    for (let i = 0; i < 3; i++) expect(await trackCase(reference, code!, ip())).not.toBeNull();
    for (let i = 0; i < 10; i++) expect(await trackCase(reference, `WRONG${String(i).padStart(3, "0")}`, ip())).toBeNull();
    expect(await trackCase(reference, code!, ip())).toBeNull();
    // Another case is not affected.
    const other = await submit();
    expect(await trackCase(other.reference, other.code!, ip())).not.toBeNull();
  });

  it("holds a bearer code on the photo route to the same limits", async () => {
    const { reference, code } = await submit(newKey(), [new Uint8Array(await gpsTaggedJpeg())]);
    const { id: photoId } = await db.casePhoto.findFirstOrThrow({ where: { case: { reference } } });
    expect((await photo(reference, photoId, formatTrackingCode(code!))).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await photo(reference, photoId, `BAD0000${i}`)).status).toBe(404);
    expect((await photo(reference, photoId, code!)).status).toBe(404);
    // The per-address limit answers 429 once the address has used up its attempts.
    const from = ip();
    const fresh = await submit(newKey(), [new Uint8Array(await gpsTaggedJpeg())]);
    const { id: freshPhoto } = await db.casePhoto.findFirstOrThrow({ where: { case: { reference: fresh.reference } } });
    const limit = Number(process.env.TRACK_RATE_LIMIT_PER_IP ?? 30);
    for (let i = 0; i < limit; i++) await photo(fresh.reference, freshPhoto, fresh.code!, from);
    expect((await photo(fresh.reference, freshPhoto, fresh.code!, from)).status).toBe(429);
  });
});
