import { describe, expect, it } from "vitest";
import { afterAttempt, backoffMs, isDue, newRecord, nextWake, toEntries, toFormData } from "@/lib/offline/queue";
import { isOfflinePage } from "@/lib/offline/routes";

const T0 = 1_750_000_000_000;
const waiting = () => newRecord("key-1", "/api/v1/cases?lang=zh-CN", [["description", "欠薪"]], T0);

describe("offline outbox records", () => {
  it("keeps form fields and photos, in order, as storable entries", async () => {
    const form = new FormData();
    form.set("description", "欠薪三个月");
    form.append("photos", new File([new Uint8Array([1, 2, 3])], "a.jpg", { type: "image/jpeg" }));
    const entries = toEntries(form);
    expect(entries[0]).toEqual(["description", "欠薪三个月"]);
    const photo = entries[1]![1] as { blob: Blob; name: string };
    expect(photo.name).toBe("a.jpg");
    const back = toFormData(entries).get("photos") as File;
    expect([back.name, back.size, back.type]).toEqual(["a.jpg", 3, "image/jpeg"]);
  });

  it("is due at once, then waits", () => {
    const r = waiting();
    expect(isDue(r, T0)).toBe(true);
    const later = afterAttempt(r, { kind: "network" }, T0);
    expect(isDue(later, T0 + 4_999)).toBe(false);
    expect(isDue(later, T0 + 5_000)).toBe(true);
  });
});

describe("retry and back-off", () => {
  it("doubles from 5 s and stops growing at 5 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it("a filed case keeps its reference and code and drops the photos", () => {
    const sent = afterAttempt(waiting(), { kind: "http", status: 201, body: { reference: "JC-2026-000123", secret: "ABCD-EFGH", status: "SUBMITTED" } }, T0);
    expect(sent).toMatchObject({ state: "sent", attempts: 1, entries: [], result: { reference: "JC-2026-000123", secret: "ABCD-EFGH", status: "SUBMITTED" } });
    expect(isDue(sent, T0 + 1e9)).toBe(false);
  });

  // status → what the outbox does next: retry later, or stop and show the server's message.
  const TABLE: [number, "waiting" | "failed"][] = [
    [400, "failed"],
    [413, "failed"],
    [422, "failed"],
    [408, "waiting"],
    [425, "waiting"],
    [429, "waiting"],
    [500, "waiting"],
    [502, "waiting"],
    [503, "waiting"],
  ];
  it.each(TABLE)("HTTP %i → %s", (status, state) => {
    const r = afterAttempt(waiting(), { kind: "http", status, body: { error: { message: "照片太大" } } }, T0);
    expect(r.state).toBe(state);
    if (state === "failed") expect(r.error).toBe("照片太大");
    else expect(r.nextAttemptAt).toBe(T0 + 5_000);
  });

  it("a 201 without the reference is not taken as filed", () => {
    expect(afterAttempt(waiting(), { kind: "http", status: 201, body: null }, T0).state).toBe("failed");
  });

  it("wakes for the earliest waiting record only", () => {
    const a = { ...waiting(), key: "a", nextAttemptAt: T0 + 20_000 };
    const b = { ...waiting(), key: "b", nextAttemptAt: T0 + 10_000 };
    const c = { ...waiting(), key: "c", state: "sent" as const, nextAttemptAt: T0 };
    expect(nextWake([a, b, c], T0)).toBe(T0 + 10_000);
    expect(nextWake([c], T0)).toBeNull();
    expect(nextWake([{ ...a, nextAttemptAt: T0 - 1 }], T0)).toBe(T0);
  });
});

describe("what the service worker keeps offline", () => {
  it.each([
    ["/", true],
    ["/en", true],
    ["/places/c0123456789abcdefghijklmn", true],
    ["/en/places/abc", true],
    ["/report", true],
    ["/privacy", true],
    ["/track", false],
    ["/me", false],
    ["/merchant/apply", false],
    ["/admin/cases", false],
    ["/sign-in", false],
    ["/places/abc/poster", false],
  ])("%s → %s", (path, kept) => expect(isOfflinePage(path)).toBe(kept));
});
