import { describe, expect, it } from "vitest";
import { localizedPath, pathFor, stripLocalePrefix } from "@/lib/i18n/paths";

describe("locale paths (as-needed prefix: Chinese bare, English under /en)", () => {
  it("prefixes English only, including the home page, queries and anchors", () => {
    expect(pathFor("/places/abc", "zh-CN")).toBe("/places/abc");
    expect(pathFor("/places/abc", "en")).toBe("/en/places/abc");
    expect(pathFor("/", "en")).toBe("/en");
    expect(pathFor("/?q=1", "en")).toBe("/en?q=1");
    expect(pathFor("/places/x?checkin=counted#checkin", "en")).toBe("/en/places/x?checkin=counted#checkin");
  });

  it("serialises a pathname with a query, skipping undefined and repeating arrays", () => {
    expect(pathFor({ pathname: "/sign-in", query: { callbackUrl: "/merchant" } }, "zh-CN")).toBe("/sign-in?callbackUrl=%2Fmerchant");
    expect(pathFor({ pathname: "/admin/cases", query: { status: ["A", "B"], q: undefined } }, "en")).toBe("/en/admin/cases?status=A&status=B");
  });

  it("finds the same page in the other language", () => {
    expect(stripLocalePrefix("/en")).toBe("/");
    expect(stripLocalePrefix("/en/track")).toBe("/track");
    expect(stripLocalePrefix("/entrance")).toBe("/entrance");
    expect(localizedPath("/en/places/x", "zh-CN")).toBe("/places/x");
    expect(localizedPath("/places/x", "en")).toBe("/en/places/x");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/en", "zh-CN")).toBe("/");
  });
});
