import "server-only";
import { db } from "@/lib/db";
import { pgPool } from "@/lib/pg-pool";
import type { BboxQuery, NearQuery } from "./query";
import { bboxSql, nearSql, type PlaceRow } from "./sql";

export async function findPlacesInBbox(q: BboxQuery, at: Date): Promise<{ rows: PlaceRow[]; truncated: boolean }> {
  const { text, values } = bboxSql(q, at);
  const { rows } = await pgPool.query<PlaceRow>(text, values);
  return { rows: rows.slice(0, q.limit), truncated: rows.length > q.limit };
}

export async function findPlacesNear(q: NearQuery, at: Date): Promise<PlaceRow[]> {
  const { text, values } = nearSql(q, at);
  const { rows } = await pgPool.query<PlaceRow>(text, values);
  return rows;
}

export function listFacilities() {
  return db.facility.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true, icon: true } });
}

export function getPlace(id: string) {
  return db.place.findFirst({
    where: { id, status: { not: "INACTIVE" } },
    include: {
      facilities: { include: { facility: true }, orderBy: { facility: { sortOrder: "asc" } } },
      hours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
    },
  });
}
