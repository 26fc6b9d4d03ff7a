import { describe, expect, it } from "vitest";
import { diffSnapshots, snapshotPlace } from "@/lib/places/admin/diff";
import { parseCsvRows, parseGeojsonRows } from "@/lib/places/import/parse";
import { formatHours, parseHours, validateRows, type ImportContext, type RawRow } from "@/lib/places/import/rows";
import { isOpenAt } from "@/lib/places/directory/hours";
import { distanceMeters, toGcj02, toWgs84 } from "@/lib/places/directory/navigation";

const CENTRE = { lat: 38.5137, lng: 102.1879 };
const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  datum: "WGS84",
  facilityCodes: new Set(["charging", "microwave", "toilet"]),
  existing: [{ id: "existing0000000000000001", nameZh: "北京路劳动者驿站", lat: CENTRE.lat, lng: CENTRE.lng }],
  districtAt: (lat) => (lat > 38.3 ? "JINCHUAN" : "YONGCHANG"),
  ...over,
});
const row = (over: RawRow = {}): RawRow => ({
  name_zh: "新华路骑手驿站",
  kind: "WORKER_STATION",
  address_zh: "金川区新华路1号",
  district: "金川区",
  subdistrict: "新华路街道",
  lat: "38.52",
  lng: "102.19",
  facilities: "charging;microwave",
  phone: "0935-1234567",
  is_24h: "0",
  hours: "1-5 08:00-20:00",
  ...over,
});
const codes = (raws: RawRow[], c = ctx()) => validateRows(raws, c).errors.map((e) => e.code);

describe("import row validation", () => {
  it("accepts a good row and numbers it from the first data line", () => {
    const { valid, errors } = validateRows([row()], ctx());
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({ line: 2, nameZh: "新华路骑手驿站", district: "JINCHUAN", facilities: ["charging", "microwave"], is24h: false, phone: "0935-1234567" });
  });

  it("names each kind of problem", () => {
    expect(codes([row({ name_zh: " " })])).toEqual(["missing_name"]);
    expect(codes([row({ kind: "SAUNA" })])).toEqual(["bad_kind"]);
    expect(codes([row({ address_zh: "" })])).toEqual(["missing_address"]);
    expect(codes([row({ lat: "north" })])).toEqual(["bad_coordinates"]);
    expect(codes([row({ lng: "" })])).toEqual(["bad_coordinates"]);
    expect(codes([row({ lat: "102.19", lng: "38.52" })])).toEqual(["bad_coordinates"]); // swapped: latitude over 90
    expect(codes([row({ lat: "31.2", lng: "121.5" })])).toEqual(["outside_gansu"]); // Shanghai
    expect(codes([row({ lat: "39.9", lng: "116.4" })])).toEqual(["outside_gansu"]);
    expect(codes([row({ district: "朝阳区" })])).toEqual(["bad_district"]);
    expect(codes([row({ facilities: "charging;sauna" })])).toEqual(["unknown_facility"]);
    expect(codes([row({ hours: "Mon 8-20" })])).toEqual(["bad_hours"]);
    expect(codes([row({ is_24h: "maybe" })])).toEqual(["bad_flag"]);
    expect(codes([row({ phone: "call me" })])).toEqual(["bad_phone"]);
    expect(codes([row({ name_zh: "驿".repeat(101) })])).toEqual(["too_long"]);
  });

  it("lists every problem of a row, not only the first", () => {
    expect(codes([row({ name_zh: "", lat: "x", facilities: "sauna" })]).sort()).toEqual(["bad_coordinates", "missing_name", "unknown_facility"]);
  });

  it("finds duplicates of existing places (same name within 30 m) and within the file", () => {
    const near = { lat: String(CENTRE.lat + 0.0001), lng: String(CENTRE.lng) }; // ~11 m north
    const far = { lat: String(CENTRE.lat + 0.001), lng: String(CENTRE.lng) }; // ~111 m north
    const dup = validateRows([row({ name_zh: "北京路 劳动者驿站", ...near })], ctx()).errors;
    expect(dup).toEqual([{ line: 2, name: "北京路 劳动者驿站", code: "duplicate_existing", detail: "existing0000000000000001" }]);
    expect(codes([row({ name_zh: "北京路劳动者驿站", ...far })])).toEqual([]);
    expect(codes([row({ name_zh: "另一个驿站", ...near })])).toEqual([]);
    const twice = validateRows([row(), row({ lat: "38.52005" }), row({ lat: "38.53" })], ctx());
    expect(twice.errors).toEqual([{ line: 3, name: "新华路骑手驿站", code: "duplicate_in_file", detail: "2" }]);
    expect(twice.valid.map((r) => r.line)).toEqual([2, 4]);
  });

  it("takes the district from the point when the column is empty, and accepts codes or names", () => {
    expect(validateRows([row({ district: "" })], ctx()).valid[0]!.district).toBe("JINCHUAN");
    expect(validateRows([row({ district: "YONGCHANG" })], ctx()).valid[0]!.district).toBe("YONGCHANG");
    expect(validateRows([row({ district: "永昌县" })], ctx()).valid[0]!.district).toBe("YONGCHANG");
    expect(codes([row({ district: "" })], ctx({ districtAt: () => null }))).toEqual(["bad_district"]);
  });
});

describe("datum conversion on import", () => {
  it("moves a GCJ-02 row about 170 m to its WGS-84 point, exactly as toWgs84 does", () => {
    const raw = row({ lat: String(CENTRE.lat), lng: String(CENTRE.lng), name_zh: "坐标测试" });
    const [wgs] = validateRows([raw], ctx({ datum: "GCJ02", existing: [] })).valid;
    expect(wgs).toMatchObject({ ...toWgs84(CENTRE, "GCJ02"), sourceDatum: "GCJ02" });
    const moved = distanceMeters(CENTRE, wgs!);
    expect(moved).toBeGreaterThan(120);
    expect(moved).toBeLessThan(250);
  });

  it("converts BD-09 too (Baidu's further offset) and leaves WGS-84 as it is", () => {
    const raw = row({ lat: String(CENTRE.lat), lng: String(CENTRE.lng), name_zh: "坐标测试" });
    const [bd] = validateRows([raw], ctx({ datum: "BD09", existing: [] })).valid;
    expect(bd).toMatchObject({ ...toWgs84(CENTRE, "BD09"), sourceDatum: "BD09" });
    expect(distanceMeters(CENTRE, bd!)).toBeGreaterThan(500);
    const [same] = validateRows([raw], ctx({ existing: [] })).valid;
    expect(same).toMatchObject({ ...CENTRE, sourceDatum: "WGS84" });
  });

  it("checks duplicates after conversion: a GCJ-02 copy of an existing WGS-84 place is found", () => {
    const gcj = toGcj02(CENTRE); // the existing place's point as Amap shows it
    expect(distanceMeters(toWgs84(gcj, "GCJ02"), CENTRE)).toBeLessThan(30);
    expect(codes([row({ name_zh: "北京路劳动者驿站", lat: String(gcj.lat), lng: String(gcj.lng) })], ctx({ datum: "GCJ02" }))).toEqual(["duplicate_existing"]);
  });
});

describe("opening hours", () => {
  it("parses day ranges, lists and overnight spans", () => {
    expect(parseHours("1-5 08:00-20:00; 6-7 09:00-18:00; 1-7 22:00-06:00")).toHaveLength(5 + 2 + 7);
    expect(parseHours("1,3 8:30-12:00")).toEqual([
      { weekday: 1, opensAt: 510, closesAt: 720 },
      { weekday: 3, opensAt: 510, closesAt: 720 },
    ]);
    expect(parseHours("5 18:00-02:00")).toEqual([{ weekday: 5, opensAt: 1080, closesAt: 1560 }]);
    expect(parseHours("1-7 00:00-24:00")).toHaveLength(7);
    expect(parseHours("")).toEqual([]);
    for (const bad of ["1-8 08:00-20:00", "5-1 08:00-20:00", "1 8-20", "1 08:60-20:00", "1 24:00-02:00", "weekdays 08:00-20:00"]) expect(parseHours(bad)).toBeNull();
  });

  it("keeps an overnight span open into the next morning", () => {
    const hours = parseHours("5 18:00-02:00")!;
    const at = (iso: string) => isOpenAt({ status: "ACTIVE", closedUntil: null, is24h: false, hours }, new Date(iso));
    expect(at("2026-11-27T00:30:00+08:00")).toBe(false); // Friday 00:30: Thursday has no span
    expect(at("2026-11-27T23:00:00+08:00")).toBe(true); // Friday 23:00
    expect(at("2026-11-28T01:30:00+08:00")).toBe(true); // Saturday 01:30, still Friday's span
    expect(at("2026-11-28T02:30:00+08:00")).toBe(false);
  });

  it("formats spans back to the same text the import reads", () => {
    const text = "1-5 08:00-20:00; 6,7 09:00-18:00; 1-7 22:00-06:00; 3 00:00-24:00";
    const spans = parseHours(text)!;
    expect(parseHours(formatHours(spans))).toEqual(spans);
    expect(formatHours(parseHours("1-5 08:00-20:00; 6-7 09:00-18:00")!)).toBe("1-5 08:00-20:00; 6-7 09:00-18:00");
    expect(formatHours(parseHours("1-7 22:00-06:00")!)).toBe("1-7 22:00-06:00");
  });
});

describe("reading files", () => {
  it("reads a CSV with a BOM and quoted fields, and a GeoJSON FeatureCollection", () => {
    const csv = parseCsvRows('\uFEFFname_zh,lat,lng,address_zh\r\n"驿站, 一号",38.5,102.2,"地址"\r\n\r\n');
    expect(csv).toEqual({ ok: true, firstLine: 2, rows: [{ name_zh: "驿站, 一号", lat: "38.5", lng: "102.2", address_zh: "地址" }] });
    expect(parseCsvRows("name,lat\nx,1")).toMatchObject({ ok: false, error: "missing_columns" });
    const geo = parseGeojsonRows(JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [102.2, 38.5] }, properties: { name_zh: "甲", facilities: ["toilet"] } }] }));
    expect(geo).toEqual({ ok: true, firstLine: 1, rows: [{ name_zh: "甲", facilities: ["toilet"], lat: 38.5, lng: 102.2 }] });
    expect(parseGeojsonRows("{")).toMatchObject({ ok: false, error: "bad_geojson" });
    expect(validateRows((geo as { rows: RawRow[] }).rows, ctx(), 1).errors.map((e) => e.code).sort()).toEqual(["bad_kind", "missing_address"]);
  });
});

describe("change diffs", () => {
  it("lists only the fields that changed, with facilities and hours as text", () => {
    const base = {
      nameZh: "驿站",
      nameEn: null,
      kind: "WORKER_STATION",
      addressZh: "路1号",
      addressEn: null,
      district: "JINCHUAN",
      subdistrict: "",
      lat: 38.5,
      lng: 102.2,
      sourceDatum: "WGS84",
      is24h: false,
      status: "ACTIVE",
      closedReason: null,
      closedUntil: null,
      phone: null,
      organization: null,
      descriptionZh: null,
      descriptionEn: null,
      lastVerifiedAt: null,
      facilities: [{ facilityCode: "toilet", detail: null }],
      hours: [{ weekday: 1, opensAt: 480, closesAt: 1200 }],
    };
    const before = snapshotPlace(base);
    const after = snapshotPlace({ ...base, phone: "0935-1", facilities: [...base.facilities, { facilityCode: "bed", detail: "4张" }] });
    expect(diffSnapshots(before, after)).toEqual({ phone: { from: null, to: "0935-1" }, facilities: { from: "toilet", to: "bed(4张); toilet" } });
    expect(diffSnapshots(before, before)).toEqual({});
    expect(diffSnapshots(null, before)).toMatchObject({ nameZh: { from: null, to: "驿站" }, hours: { from: null, to: "1 08:00-20:00" } });
  });
});
