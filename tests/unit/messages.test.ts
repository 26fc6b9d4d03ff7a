import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message files", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("have no empty strings", () => {
    for (const messages of [en, zh]) {
      const empty = keys(messages).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === "");
      expect(empty).toEqual([]);
    }
  });
});
