import { describe, expect, it } from "vitest";
import { parseBboxQuery, parseNearQuery } from "@/lib/places/feeds/schema";

const known = new Set(["charging", "microwave"]);
const q = (s: string) => new URLSearchParams(s);

describe("parseNearQuery", () => {
  it("accepts a valid query with defaults", () => {
    const r = parseNearQuery(q("lat=38.51&lng=102.18"), known);
    expect(r).toEqual({ ok: true, value: { lat: 38.51, lng: 102.18, limit: 20, kinds: [], facilities: [], openNow: false, is24h: false, q: null, lang: "zh-CN" } });
  });

  it.each([
    ["lat=91&lng=102", "lat", /between -90 and 90/],
    ["lat=NaN&lng=102", "lat", /must be a number/],
    ["lat=&lng=102", "lat", /required/],
    ["lng=102", "lat", /required/],
    ["lat=38&lng=abc", "lng", /must be a number/],
    ["lat=38&lng=181", "lng", /between -180 and 180/],
    ["lat=38&lng=102&limit=101", "limit", /1 to 100/],
    ["lat=38&lng=102&limit=2.5", "limit", /integer/],
    ["lat=38&lng=102&facility=sauna", "facility", /unknown facility "sauna"/],
    ["lat=38&lng=102&kind=CASTLE", "kind", /unknown kind/],
    ["lat=38&lng=102&open_now=yes", "open_now", /1 or 0/],
  ])("rejects %s naming %s", (query, parameter, message) => {
    const r = parseNearQuery(q(query), known);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.parameter).toBe(parameter);
      expect(r.error.message).toMatch(message);
    }
  });

  it("collects repeated and comma-separated facilities and kinds", () => {
    const r = parseNearQuery(q("lat=38&lng=102&facility=charging&facility=microwave,charging&kind=WORKER_STATION&open_now=1"), known);
    expect(r.ok && r.value).toMatchObject({ facilities: ["charging", "microwave"], kinds: ["WORKER_STATION"], openNow: true });
  });

  it("reads is_24h as a yes/no flag and names it when its value is bad", () => {
    expect(parseNearQuery(q("lat=38&lng=102&is_24h=1"), known)).toMatchObject({ ok: true, value: { is24h: true } });
    expect(parseNearQuery(q("lat=38&lng=102&is_24h=false"), known)).toMatchObject({ ok: true, value: { is24h: false } });
    const bad = parseBboxQuery(q("bbox=1,1,2,2&is_24h=yes"), known);
    expect(bad).toEqual({ ok: false, error: { parameter: "is_24h", message: "is_24h must be 1 or 0" } });
  });
});

describe("parseBboxQuery", () => {
  it("accepts a bbox and caps limit at 5000", () => {
    expect(parseBboxQuery(q("bbox=102.1,38.4,102.3,38.6"), known)).toMatchObject({ ok: true, value: { bbox: [102.1, 38.4, 102.3, 38.6], limit: 500 } });
    expect(parseBboxQuery(q("bbox=102.1,38.4,102.3,38.6&limit=5001"), known).ok).toBe(false);
  });

  it.each(["", "1,2,3", "a,b,c,d", "102.3,38.4,102.1,38.6", "102.1,38.6,102.3,38.4", "-181,0,0,1", "0,0,1,NaN", "1,,2,3"])("rejects bbox=%s", (bbox) => {
    const r = parseBboxQuery(q(bbox ? `bbox=${bbox}` : ""), known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.parameter).toBe("bbox");
  });

  it("refuses a search text with a NUL byte or over 100 characters", () => {
    expect(parseBboxQuery(q("bbox=1,1,2,2&q=a%00b"), known).ok).toBe(false);
    expect(parseBboxQuery(q(`bbox=1,1,2,2&q=${"x".repeat(101)}`), known).ok).toBe(false);
  });
});
