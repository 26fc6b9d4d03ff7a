import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CITY_BOUNDS } from "@/lib/places/directory/components/kind-style";
import { mapUrlSearch, NO_FILTERS, parseMapUrl, sameFilters } from "@/lib/places/map/url-state";

const FACILITIES = ["charging", "toilet", "hot_water"];
const ID = "cmabc1234567890defghijkl";
const parse = (qs: string) => parseMapUrl(new URLSearchParams(qs), FACILITIES);

describe("map URL state", () => {
  it("is empty for the bare map, both ways", () => {
    expect(parse("")).toEqual({ filters: NO_FILTERS, placeId: null });
    expect(mapUrlSearch({ filters: NO_FILTERS, placeId: null })).toBe("");
  });

  it("round-trips filters and the open place in a stable order", () => {
    const state = { filters: { kinds: ["WORKER_STATION" as const, "DRIVER_HOME" as const], facilities: ["charging", "toilet"], openNow: true, q: "北京路" }, placeId: ID };
    const search = mapUrlSearch(state);
    expect(search).toBe(`?kind=WORKER_STATION&kind=DRIVER_HOME&facility=charging&facility=toilet&open=1&q=${encodeURIComponent("北京路")}&place=${ID}`);
    expect(parse(search.slice(1))).toEqual(state);
  });

  it("accepts comma lists and repeated keys, without duplicates", () => {
    expect(parse("kind=WORKER_STATION,DRIVER_HOME&kind=WORKER_STATION&facility=toilet,charging").filters).toMatchObject({
      kinds: ["WORKER_STATION", "DRIVER_HOME"],
      facilities: ["toilet", "charging"],
    });
  });

  it("drops what it does not know instead of failing a shared link", () => {
    const s = parse(`kind=SPACESHIP&facility=retired&open=yes&place=../../etc&q=${"x".repeat(150)}`);
    expect(s.filters).toEqual({ kinds: [], facilities: [], openNow: false, q: "x".repeat(100) });
    expect(s.placeId).toBeNull();
  });

  it("reads Next.js searchParams objects like URLSearchParams", () => {
    expect(parseMapUrl({ kind: ["FRIENDLY_SCHOOL"], facility: "toilet", open: "1", place: ID }, FACILITIES)).toEqual({
      filters: { kinds: ["FRIENDLY_SCHOOL"], facilities: ["toilet"], openNow: true, q: "" },
      placeId: ID,
    });
  });

  it("compares filters by what they ask for", () => {
    expect(sameFilters({ ...NO_FILTERS, q: " a " }, { ...NO_FILTERS, q: "a" })).toBe(true);
    expect(sameFilters({ ...NO_FILTERS, openNow: true }, NO_FILTERS)).toBe(false);
  });
});

describe("the city's bounds", () => {
  it("are the bounds of the bundled city outline the map opens on", () => {
    const fc = JSON.parse(readFileSync("public/geo/jinchang-districts.wgs84.geojson", "utf8")) as {
      features: { properties: { level: string }; geometry: { coordinates: unknown } }[];
    };
    const city = fc.features.find((f) => f.properties.level === "city")!;
    const points = (city.geometry.coordinates as unknown[]).flat(Infinity as 1) as number[];
    const lngs = points.filter((_, i) => i % 2 === 0);
    const lats = points.filter((_, i) => i % 2 === 1);
    expect(CITY_BOUNDS).toEqual([
      [Math.min(...lats), Math.min(...lngs)],
      [Math.max(...lats), Math.max(...lngs)],
    ]);
  });
});
