import { describe, expect, it } from "vitest";
import { CLIENT_MAX_SIDE, planResize } from "@/lib/uploads/shrink-photo";

describe("planResize", () => {
  it("brings a phone photo's longest side to about 2,000 px, keeping the aspect ratio", () => {
    expect(CLIENT_MAX_SIDE).toBe(2000);
    expect(planResize(4032, 3024)).toEqual({ resize: true, width: 2000, height: 1500 });
    expect(planResize(3024, 4032)).toEqual({ resize: true, width: 1500, height: 2000 });
    expect(planResize(8192, 6144)).toEqual({ resize: true, width: 2000, height: 1500 });
  });

  it("never enlarges, and leaves a photo already small enough alone", () => {
    expect(planResize(1280, 960)).toEqual({ resize: false, width: 1280, height: 960 });
    expect(planResize(2000, 100)).toEqual({ resize: false, width: 2000, height: 100 });
  });

  it("keeps a very thin panorama at least one pixel high, and refuses nonsense sizes", () => {
    expect(planResize(40_000, 10)).toEqual({ resize: true, width: 2000, height: 1 });
    expect(planResize(0, 100).resize).toBe(false);
    expect(planResize(Number.NaN, 100).resize).toBe(false);
  });
});
