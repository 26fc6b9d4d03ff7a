import { haversineSql } from "@/lib/geo/distance";
import { chinaClock } from "@/lib/time/china";
import { HOLIDAY_WEEKDAY, previousDate } from "../directory/hours";
import type { BboxQuery, NearQuery, PlacesFilter } from "./schema";

/**
 * SQL for the public place queries, as text plus positional parameters, so that the feeds
 * (lib/places/feeds/data.ts) and the benchmark's bare node:http + pg baseline run the same statements.
 *
 * "location" is point(lng * LNG_SCALE, lat), GiST-indexed (see the places migration): `<@ box`
 * and `<->` k-nearest-neighbour ordering use the index; true metres come from haversine below.
 */
export const LNG_SCALE = 0.788;
/** Candidates fetched by index order before exact re-ranking: covers the projection's distortion. */
const NEAR_OVERSAMPLE = 4;

export type SqlQuery = { text: string; values: unknown[] };

class Params {
  values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const SELECT = `p.id, p.kind, p."nameZh", p."nameEn", p."addressZh", p."addressEn", p.district, p.subdistrict,
  p.lat, p.lng, p."is24h", p.status, p.phone, p."updatedAt" AT TIME ZONE 'UTC' AS "updatedAt",
  GREATEST(p."lastVerifiedAt", p."lastConfirmedAt") AT TIME ZONE 'UTC' AS "assuredAt",
  COALESCE((SELECT array_agg(pf."facilityCode" ORDER BY pf."facilityCode") FROM "PlaceFacility" pf WHERE pf."placeId" = p.id), '{}') AS facilities`;

/**
 * Mirrors isOpenAt() in hours.ts, holidays included; an integration test holds the two together.
 * Whether today and yesterday are holidays are uncorrelated sub-selects on CalendarDay's primary
 * key: PostgreSQL runs each once per statement (an InitPlan), not once per place.
 */
function openNowSql(params: Params, at: Date): string {
  const { weekday, minute, date } = chinaClock(at);
  const wd = params.add(weekday);
  const prev = params.add(weekday === 1 ? 7 : weekday - 1);
  const min = params.add(minute);
  const today = params.add(date);
  const holiday = (day: string) => `(SELECT EXISTS (SELECT 1 FROM "CalendarDay" c WHERE c.date = ${day}::date AND c.kind = 'HOLIDAY'))`;
  const todayHoliday = holiday(today);
  // dayKey() in hours.ts: the weekday, or on a holiday the holiday spans (8) or none (0).
  const key = (isHoliday: string, weekdayParam: string) =>
    `(CASE WHEN p."holidayMode" = 'SAME' OR NOT ${isHoliday} THEN ${weekdayParam}::int WHEN p."holidayMode" = 'HOURS' THEN ${HOLIDAY_WEEKDAY} ELSE 0 END)`;
  return `((p.status = 'ACTIVE' OR (p.status = 'TEMPORARILY_CLOSED' AND p."closedUntil" < ${today}::date))
    AND ((p."is24h" AND (p."holidayMode" = 'SAME' OR NOT ${todayHoliday}))
      OR EXISTS (SELECT 1 FROM "PlaceHours" h WHERE h."placeId" = p.id AND (
      (h.weekday = ${key(todayHoliday, wd)} AND ${min}::int >= h."opensAt" AND ${min}::int < h."closesAt")
      OR (h.weekday = ${key(holiday(params.add(previousDate(date))), prev)} AND h."closesAt" > 1440 AND ${min}::int + 1440 < h."closesAt")))))`;
}

function filterSql(params: Params, f: PlacesFilter, openNow: string): string[] {
  const where = [`p.status <> 'INACTIVE'`];
  if (f.kinds.length) where.push(`p.kind = ANY(${params.add(f.kinds)}::text[]::"PlaceKind"[])`);
  if (f.facilities.length) {
    where.push(`(SELECT count(*) FROM "PlaceFacility" pf WHERE pf."placeId" = p.id AND pf."facilityCode" = ANY(${params.add(f.facilities)}::text[])) = ${params.add(f.facilities.length)}`);
  }
  if (f.q) {
    const like = params.add(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(p."nameZh" ILIKE ${like} OR p."nameEn" ILIKE ${like} OR p."addressZh" ILIKE ${like} OR p."addressEn" ILIKE ${like})`);
  }
  if (f.is24h) where.push(`p."is24h"`);
  if (f.openNow) where.push(openNow);
  return where;
}

export function bboxSql(q: BboxQuery, at: Date): SqlQuery {
  const params = new Params();
  const openNow = openNowSql(params, at);
  const [w, s, e, n] = q.bbox;
  const where = filterSql(params, q, openNow);
  where.push(`p.location <@ box(point(${params.add(w * LNG_SCALE)}, ${params.add(s)}), point(${params.add(e * LNG_SCALE)}, ${params.add(n)}))`);
  const centre = `point(${params.add(((w + e) / 2) * LNG_SCALE)}, ${params.add((s + n) / 2)})`;
  // When the viewport holds more than the limit, the places nearest its centre come first (the
  // same GiST index scan filters by the box and orders by distance), so a crowded view shows the
  // middle of the screen rather than whichever rows the table stores first. One extra row tells
  // the caller that the viewport holds more. open_now is computed for the final rows only (nearSql).
  const text = `WITH inbox AS MATERIALIZED (
      SELECT ${SELECT}, p."closedUntil", p."holidayMode" FROM "Place" p WHERE ${where.join(" AND ")}
      ORDER BY p.location <-> ${centre} LIMIT ${params.add(q.limit + 1)})
    SELECT p.*, ${openNow} AS open_now FROM inbox p`;
  return { text, values: params.values };
}

export function nearSql(q: NearQuery, at: Date): SqlQuery {
  const params = new Params();
  const openNow = openNowSql(params, at);
  const where = filterSql(params, q, openNow);
  const x = params.add(q.lng * LNG_SCALE);
  const y = params.add(q.lat);
  const lat = params.add(q.lat);
  const lng = params.add(q.lng);
  // open_now is computed for the final rows only: inside the index-ordered subquery the planner
  // may choose to read every PlaceHours row per request at scale (docs/BENCHMARKS.md, Notes).
  const text = `WITH candidates AS MATERIALIZED (
      SELECT ${SELECT}, p."closedUntil", p."holidayMode" FROM "Place" p WHERE ${where.join(" AND ")}
      ORDER BY p.location <-> point(${x}, ${y}) LIMIT ${params.add(q.limit * NEAR_OVERSAMPLE + 10)}),
    nearest AS MATERIALIZED (
      SELECT *, ${haversineSql("lat", "lng", `${lat}::float8`, `${lng}::float8`)} AS distance_m
      FROM candidates ORDER BY distance_m LIMIT ${params.add(q.limit)})
    SELECT p.*, ${openNow} AS open_now FROM nearest p ORDER BY p.distance_m`;
  return { text, values: params.values };
}

/** A row of either query, as PostgreSQL returns it. */
export type PlaceRow = {
  id: string;
  kind: string;
  nameZh: string;
  nameEn: string | null;
  addressZh: string;
  addressEn: string | null;
  district: "JINCHUAN" | "YONGCHANG";
  subdistrict: string;
  lat: number;
  lng: number;
  is24h: boolean;
  status: string;
  phone: string | null;
  updatedAt: Date;
  assuredAt: Date | null;
  facilities: string[];
  open_now: boolean;
  distance_m?: number;
};
