import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, "../support/zone-probe.ts");

/** The probe's output in a fresh process started with TZ=zone. */
async function under(zone: string) {
  // react-server: the condition under which "server-only" is an empty module, as in the server.
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { env: { ...process.env, TZ: zone } });
  return JSON.parse(stdout) as { zone: string; result: Record<string, unknown>[] };
}

describe("deadlines, open-now and report ranges whatever the server's time zone", () => {
  it("are identical with TZ=UTC, Asia/Shanghai and America/New_York", async () => {
    const [utc, shanghai, newYork] = (await Promise.all(["UTC", "Asia/Shanghai", "America/New_York"].map(under))) as [Awaited<ReturnType<typeof under>>, ...Awaited<ReturnType<typeof under>>[]];
    if (!shanghai || !newYork) throw new Error("a probe did not run");
    expect([utc.zone, shanghai.zone, newYork.zone]).toEqual(["UTC", "Asia/Shanghai", "America/New_York"]);
    expect(shanghai.result).toEqual(utc.result);
    expect(newYork.result).toEqual(utc.result);
  });

  it("are the China-time answers, not merely consistent ones", async () => {
    const { result } = await under("America/New_York");
    const byIso = new Map(result.map((r) => [r.iso, r]));
    // 1 October 00:00 China: a holiday; three working days on is Saturday 10 October (调休), end of
    // day. The stall is open on Wednesday's span past midnight; the closure until 1 October holds.
    expect(byIso.get("2026-09-30T16:00:00Z")).toMatchObject({ due3: "2026-10-10T15:59:59.999Z", open: true, closedUntil: false });
    // 23:59 on 30 September China time: the stall is open, the closure (until 1 October) holds.
    expect(byIso.get("2026-09-30T15:59:00Z")).toMatchObject({ open: true, closedUntil: false });
    // 01:00 on 1 January 2027 China time (a Friday): after midnight, the stall's Thursday span still runs.
    expect(byIso.get("2026-12-31T16:30:00Z")).toMatchObject({ open: true, closedUntil: true });
    expect(byIso.get("report range")).toEqual({ iso: "report range", from: "2026-09-30T16:00:00.000Z", to: "2026-10-31T16:00:00.000Z" });
  });
});
