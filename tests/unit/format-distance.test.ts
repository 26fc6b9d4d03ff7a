import { describe, expect, it } from "vitest";
import { formatDistance } from "@/lib/places/directory/components/format";

describe("formatDistance", () => {
  it("writes metres and kilometres in the reader's language, one format everywhere", () => {
    expect(formatDistance(140, "zh-CN")).toBe("140 米");
    expect(formatDistance(140, "en")).toBe("140 m");
    expect(formatDistance(1234, "zh-CN")).toBe("1.2 公里");
    expect(formatDistance(1234, "en")).toBe("1.2 km");
  });

  it("rounds to 10 m (GPS is no better), never below 10 m, and to whole km past 10 km", () => {
    expect(formatDistance(3, "en")).toBe("10 m");
    expect(formatDistance(994, "zh-CN")).toBe("990 米");
    expect(formatDistance(996, "zh-CN")).toBe("1.0 公里");
    expect(formatDistance(12_600, "en")).toBe("13 km");
  });
});
