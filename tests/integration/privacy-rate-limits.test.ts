import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitRateLimit, purgeExpiredRateLimits, rateLimitKey } from "@/lib/http/rate-limit";
import { seedDatabase } from "../../prisma/seed/index";
import { caseBody, newKey } from "../support/case-fixtures";
import { testDb } from "../support/db";

const db = testDb();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const casesRoute = await import("@/app/api/v1/cases/route");
const keys = async () => (await pool.query<{ key: string; expire: string | null }>("SELECT key, expire FROM rate_limits")).rows;

beforeAll(() => seedDatabase(db));
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("rate-limit counters", () => {
  it("keep a keyed hash, never the client's address or phone number", async () => {
    const ip = "203.0.113.77";
    const phone = "13912340077";
    const res = await casesRoute.POST(
      new Request("http://test.local/api/v1/cases", {
        method: "POST",
        body: JSON.stringify(caseBody({ contact_phone: phone })),
        headers: { "content-type": "application/json", "idempotency-key": newKey(), "x-nuanxin-client-address": ip },
      }),
    );
    expect(res.status).toBe(201);
    const rows = await keys();
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).not.toContain(ip);
      expect(key).not.toContain(phone);
      expect(key).not.toContain("0077");
    }
    // The same client meets the same counter: the hash is stable, and keyed by the limit's name.
    expect(rows.map((r) => r.key)).toContain(`case-ip:${rateLimitKey("case-ip", ip)}`);
    expect(rows.map((r) => r.key)).toContain(`case-phone:${rateLimitKey("case-phone", phone)}`);
    expect(rateLimitKey("case-ip", ip)).not.toBe(rateLimitKey("track-ip", ip));
  });

  it("are deleted by the clean-up once their window has passed, and not before", async () => {
    await hitRateLimit("purge-test-short", "198.51.100.1", 5, 1);
    await hitRateLimit("purge-test-long", "198.51.100.1", 5, 3600);
    const short = `purge-test-short:${rateLimitKey("purge-test-short", "198.51.100.1")}`;
    const long = `purge-test-long:${rateLimitKey("purge-test-long", "198.51.100.1")}`;
    expect((await keys()).map((r) => r.key)).toEqual(expect.arrayContaining([short, long]));
    const removed = await purgeExpiredRateLimits(new Date(Date.now() + 5_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = (await keys()).map((r) => r.key);
    expect(left).not.toContain(short);
    expect(left).toContain(long);
  });

  it("are cleaned up by the purge_rate_limits job", async () => {
    const { taskList } = await import("@/lib/jobs/task-list");
    await pool.query("INSERT INTO rate_limits (key, points, expire) VALUES ('job-test:x', 1, $1)", [Date.now() - 1000]);
    await taskList.purge_rate_limits!({}, { logger: { info: () => {} } } as never);
    expect((await keys()).map((r) => r.key)).not.toContain("job-test:x");
  });
});
