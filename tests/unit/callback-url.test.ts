import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/schema";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/admin/cases?x=1", "/admin")).toBe("/admin/cases?x=1");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ""])(
    "falls back for %s",
    (raw) => {
      expect(safeCallbackPath(raw, "/admin")).toBe("/admin");
    },
  );
});
