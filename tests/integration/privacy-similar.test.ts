import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymisedSummary } from "@/lib/cases/intake/similar";
import { seedDatabase } from "../../prisma/seed/index";
import { JINCHANG } from "../support/case-fixtures";
import { testDb } from "../support/db";
import { fileCase, nextIp } from "../support/privacy-fixtures";

const db = testDb();
const similarRoute = await import("@/app/api/v1/cases/similar/route");
const supportRoute = await import("@/app/api/v1/cases/similar/[id]/support/route");

// A category no other test files cases in, and a point ~0.01° away from the others' city centre.
const AT = { lat: JINCHANG.lat + 0.02, lng: JINCHANG.lng + 0.02 };
const north = (m: number) => ({ lat: AT.lat + m / 111_195, lng: AT.lng });
const get = (q: Record<string, string | number>, ip = nextIp()) =>
  similarRoute.GET(new Request(`http://test.local/api/v1/cases/similar?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}`, { headers: { "x-nuanxin-client-address": ip } }));

beforeAll(async () => {
  process.env.CASE_RATE_LIMIT_PER_PHONE = "1000";
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

async function caseAt(m: number, status: "SUBMITTED" | "ACCEPTED" | "DECLINED", description: string) {
  const { reference } = await fileCase({ category: "charging", worker_group: "courier", attributes: {}, description, ...north(m) });
  return db.case.update({ where: { reference }, data: { status }, select: { id: true } });
}

describe("GET /api/v1/cases/similar", () => {
  it("lists only accepted cases, with a distance band instead of metres and names and numbers masked", async () => {
    const near = await caseAt(40, "ACCEPTED", "我叫王小明，电话13812345678，充电桩被占，找张师傅也没用。");
    const far = await caseAt(210, "ACCEPTED", "充电桩总是被汽车占用，电动车没法充电。");
    const unreviewed = await caseAt(20, "SUBMITTED", "还没有人审核过的诉求，里面有李女士的电话。");
    const declined = await caseAt(20, "DECLINED", "已不予受理的诉求。");
    const res = await get({ category: "charging", ...AT });
    expect(res.status).toBe(200);
    const { cases } = (await res.json()) as { cases: Record<string, unknown>[] };
    const ids = cases.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([near.id, far.id]));
    expect(ids).not.toContain(unreviewed.id);
    expect(ids).not.toContain(declined.id);
    const nearCase = cases.find((c) => c.id === near.id)!;
    expect(nearCase).not.toHaveProperty("distance_m");
    expect(nearCase.within_m).toBe(100);
    expect(cases.find((c) => c.id === far.id)!.within_m).toBe(300);
    const summary = String(nearCase.summary);
    for (const secret of ["王小明", "13812345678", "1381", "张师傅"]) expect(summary).not.toContain(secret);
  });

  it("refuses 我也遇到 on a case staff have not reviewed", async () => {
    const unreviewed = await caseAt(30, "SUBMITTED", "未审核的诉求，不能加入。");
    const res = await supportRoute.POST(new Request(`http://test.local/api/v1/cases/similar/${unreviewed.id}/support`, { method: "POST", headers: { "x-nuanxin-client-address": nextIp() } }), {
      params: Promise.resolve({ id: unreviewed.id }),
    });
    expect(res.status).toBe(404);
  });

  it("limits lookups per client (429 with Retry-After)", async () => {
    process.env.SIMILAR_RATE_LIMIT_PER_IP = "3";
    try {
      const ip = nextIp();
      for (let i = 0; i < 3; i++) expect((await get({ category: "charging", ...north(i * 100) }, ip)).status).toBe(200);
      const limited = await get({ category: "charging", ...AT }, ip);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await get({ category: "charging", ...AT })).status).toBe(200);
    } finally {
      delete process.env.SIMILAR_RATE_LIMIT_PER_IP;
    }
  });
});

describe("anonymisedSummary", () => {
  it.each([
    ["我姓刘，在金岸小区被拦", "刘"],
    ["她是李秀英的同事", "李秀英"],
    ["王经理不让进", "王经理"],
    ["赵先生说明天3点再来", "赵先生"],
    ["车牌甘C·12345被扣", "12345"],
    ["工号 8 号被罚款 200 元", "200"],
  ])("masks %s", (text, hidden) => {
    expect(anonymisedSummary(text)).not.toContain(hidden);
  });
});
