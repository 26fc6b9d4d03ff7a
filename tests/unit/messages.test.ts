import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function leaves(obj: object): unknown[] {
  return Object.values(obj).flatMap((v) => (typeof v === "object" && v ? leaves(v) : [v]));
}

describe("message files", () => {
  it("have the same keys in Chinese and English", async () => {
    const [zh, en] = await Promise.all([loadMessages("zh-CN"), loadMessages("en")]);
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("have no empty strings", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      expect(leaves(await loadMessages(locale)).filter((v) => v === "")).toEqual([]);
    }
  });
});
