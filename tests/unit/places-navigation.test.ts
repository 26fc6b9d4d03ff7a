import { describe, expect, it } from "vitest";
import { distanceMeters, navigationLinks, toBd09, toGcj02, toWgs84 } from "@/lib/places/directory/navigation";

// Reference pairs: the city-government point from shared/data/jinchang/places.json (WGS-84 and its
// GCJ-02 from DataV), and Beijing Tiananmen (WGS-84 → GCJ-02 → BD-09) from the standard formulas.
const jinchang = { wgs: { lat: 38.513798, lng: 102.185894 }, gcj: { lat: 38.514238, lng: 102.187888 } };
const tiananmen = { wgs: { lat: 39.908692, lng: 116.397477 }, gcj: { lat: 39.910096, lng: 116.403719 } };

/** The published GCJ-02 → BD-09 formula, written out independently of the library. */
function gcjToBd({ lat, lng }: { lat: number; lng: number }) {
  const xPi = (Math.PI * 3000) / 180;
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * xPi);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * xPi);
  return { lng: z * Math.cos(theta) + 0.0065, lat: z * Math.sin(theta) + 0.006 };
}

describe("datum conversion", () => {
  it("converts WGS-84 to GCJ-02 within a metre of the reference", () => {
    for (const ref of [jinchang, tiananmen]) {
      const got = toGcj02(ref.wgs);
      expect(distanceMeters(got, ref.gcj)).toBeLessThan(1);
    }
  });

  it("converts WGS-84 to BD-09 as the published formula does", () => {
    for (const ref of [jinchang, tiananmen]) {
      expect(distanceMeters(toBd09(ref.wgs), gcjToBd(ref.gcj))).toBeLessThan(1);
    }
  });

  it("shifts Jinchang by about 170 m, as Amap's maps do", () => {
    const shift = distanceMeters(jinchang.wgs, toGcj02(jinchang.wgs));
    expect(shift).toBeGreaterThan(140);
    expect(shift).toBeLessThan(200);
  });

  it("round-trips GCJ-02 and BD-09 back to WGS-84 within a metre", () => {
    expect(distanceMeters(toWgs84(toGcj02(jinchang.wgs), "GCJ02"), jinchang.wgs)).toBeLessThan(1);
    expect(distanceMeters(toWgs84(toBd09(jinchang.wgs), "BD09"), jinchang.wgs)).toBeLessThan(1);
  });
});

describe("navigationLinks", () => {
  const links = navigationLinks(jinchang.wgs, "工会驿站·骑手之家");

  it("gives Amap GCJ-02 coordinates in riding mode", () => {
    const to = new URL(links.amap).searchParams.get("to")!.split(",");
    expect(distanceMeters({ lng: Number(to[0]), lat: Number(to[1]) }, jinchang.gcj)).toBeLessThan(1);
    expect(new URL(links.amap).searchParams.get("mode")).toBe("ride");
  });

  it("gives Baidu BD-09 coordinates and says so", () => {
    const url = new URL(links.baidu);
    const [lat, lng] = url.searchParams.get("destination")!.replace("latlng:", "").split("|")[0]!.split(",").map(Number);
    expect(distanceMeters({ lat: lat!, lng: lng! }, toBd09(jinchang.wgs))).toBeLessThan(1);
    expect(url.searchParams.get("coord_type")).toBe("bd09ll");
  });

  it("gives Apple Maps and geo: the WGS-84 point", () => {
    expect(new URL(links.apple).searchParams.get("daddr")).toBe("38.513798,102.185894");
    expect(links.geo.startsWith("geo:38.513798,102.185894?")).toBe(true);
  });
});

describe("distanceMeters", () => {
  it("measures one degree of latitude as about 111 km", () => {
    expect(distanceMeters({ lat: 38, lng: 102 }, { lat: 39, lng: 102 })).toBeCloseTo(111_195, -2);
  });
});
