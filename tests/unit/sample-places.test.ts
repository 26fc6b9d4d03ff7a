import { describe, expect, it } from "vitest";
import { FACILITIES } from "../../prisma/seed/facilities";
import { REFERENCE_DATE, SAMPLE_COUNTS, generateSamplePlaces } from "../../prisma/seed/sample-places";
import { mulberry32 } from "../../prisma/seed/sample-places/random";
import { CITY_BOX } from "../../prisma/seed/sample-places/townships";

const places = generateSamplePlaces();
const stations = places.filter((p) => p.kind === "WORKER_STATION");

describe("mulberry32", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("generateSamplePlaces", () => {
  it("makes 535 places with unique ids and names", () => {
    expect(places).toHaveLength(Object.values(SAMPLE_COUNTS).reduce((a, b) => a + b, 0));
    expect(places).toHaveLength(535);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    expect(new Set(places.map((p) => p.nameZh)).size).toBe(places.length);
    expect(places.every((p) => p.nameEn.length > 0 && p.addressEn.length > 0)).toBe(true);
  });

  it("puts most places in the city and the rest near 永昌's towns", () => {
    const inCity = places.filter((p) => p.lat >= CITY_BOX.south && p.lat <= CITY_BOX.north && p.lng >= CITY_BOX.west && p.lng <= CITY_BOX.east);
    expect(inCity.length / places.length).toBeGreaterThan(0.6);
    expect(places.filter((p) => p.subdistrict === "城关镇").length).toBeGreaterThan(40);
  });

  it("writes valid opening hours: 24-hour places have none, spans may run past midnight", () => {
    for (const p of places) {
      expect(p.hours.length === 0, p.nameZh).toBe(p.is24h);
      for (const h of p.hours) {
        expect(h.weekday).toBeGreaterThanOrEqual(1);
        expect(h.weekday).toBeLessThanOrEqual(7);
        expect(h.opensAt).toBeGreaterThanOrEqual(0);
        expect(h.opensAt).toBeLessThan(1440);
        expect(h.closesAt).toBeGreaterThan(h.opensAt);
        expect(h.closesAt - h.opensAt).toBeLessThanOrEqual(1440);
      }
    }
    expect(stations.some((p) => p.hours.some((h) => h.closesAt > 1440))).toBe(true);
    expect(stations.some((p) => p.hours.length === 5)).toBe(true);
  });

  it("gives facilities that make filters meaningful", () => {
    const codes = new Set<string>(FACILITIES.map((f) => f.code));
    expect(places.every((p) => p.facilities.every((f) => codes.has(f.code)))).toBe(true);
    const charging = stations.filter((p) => p.facilities.some((f) => f.code === "charging")).length / stations.length;
    expect(charging).toBeGreaterThanOrEqual(0.6);
    expect(charging).toBeLessThanOrEqual(0.7);
    const hospitals = places.filter((p) => p.kind === "FRIENDLY_HOSPITAL");
    expect(hospitals.every((p) => ["first_aid", "toilet", "drinking_water"].every((c) => p.facilities.some((f) => f.code === c)))).toBe(true);
  });

  it("closes three stations for a stated reason and retires two", () => {
    const closed = places.filter((p) => p.status === "TEMPORARILY_CLOSED");
    expect(closed).toHaveLength(3);
    for (const p of closed) {
      expect(p.kind).toBe("WORKER_STATION");
      expect(p.closedReason).toBeTruthy();
      expect(p.closedUntil!.getTime()).toBeGreaterThan(REFERENCE_DATE.getTime());
    }
    expect(places.filter((p) => p.status === "INACTIVE")).toHaveLength(2);
  });

  it("dates verifications within the year before the reference date and uses local phone formats", () => {
    const yearMs = 366 * 86_400_000;
    for (const p of places) {
      expect(p.lastVerifiedAt.getTime()).toBeLessThan(REFERENCE_DATE.getTime());
      expect(p.lastVerifiedAt.getTime()).toBeGreaterThan(REFERENCE_DATE.getTime() - yearMs);
      if (p.phone) expect(p.phone).toMatch(/^(0935-\d{7}|1[3-9]\d{9})$/);
    }
  });
});
